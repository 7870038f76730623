/**
 * Generates sales data of any size in the crm-erp layout (the six CSVs of {@code
 * examples/crm-erp}), with defects planted at a chosen rate, and writes {@code truth.json}: what a
 * correct pipeline must find. Memory stays constant however many lines are asked for.
 *
 * <h2>Files</h2>
 *
 * All files are ASCII, comma-separated, unquoted (no value holds a comma), CRLF line ends, one
 * header row, as in the sample. Customer keys are {@code AW} and the 8-digit id; LOC_A101 writes
 * them {@code AW-00011000}; CUST_AZ12 writes {@code NAS} before the key for about 60% of customers
 * (a trait of that system, not a defect). {@code prd_key} is the category id with a dash, a dash,
 * and the sales key; {@code prd_line} always carries a trailing space, as in the sample (not a
 * defect). Product versions start a year apart; a version ends the day before the next starts.
 *
 * <h2>truth.json</h2>
 *
 * "Sales rows" are the data rows of sales_details.csv; "valid date" means an {@code sls_order_dt}
 * of exactly 8 digits (every such value the generator writes is a real yyyymmdd date).
 *
 * <ul>
 *   <li>{@code revenue}: sum over all sales rows of the repaired sales amount, where the repair is
 *       "{@code sls_sales} blank, &le; 0 or &ne; quantity &times; |price| becomes quantity &times;
 *       |price|", a blank price counting as a match. Equals the sum of quantity &times; list
 *       price: a row never has both a bad amount and a bad price, and a bad price (blank or
 *       negative) sits only beside a correct amount, so the price repaired as sales / quantity is
 *       the list price again. Whole currency units. Rows with invalid dates are included.
 *   <li>{@code sales_records}: sales rows. {@code orders}: distinct {@code sls_ord_num} (orders
 *       never share a number). {@code units}: sum of {@code sls_quantity} (never dirty).
 *   <li>{@code customers}: distinct non-blank {@code cst_id} in cust_info.csv.
 *       {@code customers_with_orders}: distinct {@code sls_cust_id}. They are equal: every customer
 *       generated has ordered, and every order's customer is in cust_info.csv, CUST_AZ12.csv and
 *       LOC_A101.csv.
 *   <li>{@code products_in_catalog}: distinct sales keys ({@code prd_key} from its 7th character)
 *       in prd_info.csv. {@code products_sold}: distinct {@code sls_prd_key}; all are in the
 *       catalog.
 *   <li>{@code first_order_date}, {@code last_order_date}: smallest and largest valid order date,
 *       ISO; null when none is valid.
 *   <li>{@code rows}: data rows (header excluded) per file, by path under the output folder.
 * </ul>
 *
 * {@code defects}, each counted once per row:
 *
 * <ul>
 *   <li>{@code duplicate_customer_ids}: ids on two rows of cust_info.csv. The extra row comes just
 *       before the real one, has a blank first name and gender and an earlier create date, so
 *       keeping the latest create date recovers the customer.
 *   <li>{@code missing_customer_ids}: cust_info.csv rows with a blank {@code cst_id} (extra junk
 *       rows, every other field but a junk key blank).
 *   <li>{@code invalid_order_dates}: sales rows whose {@code sls_order_dt} is not 8 digits (0, the
 *       date without its last digit, or a 4–5 digit number); planted per order, counted per row.
 *   <li>{@code inconsistent_sales_amounts}: sales rows whose {@code sls_sales} is blank, &le; 0, or
 *       differs from quantity &times; |price| while the price is present.
 *   <li>{@code invalid_prices}: sales rows whose {@code sls_price} is blank or &le; 0.
 *   <li>{@code padded_strings}: cust_info.csv rows whose first or last name has leading or
 *       trailing spaces.
 *   <li>{@code variant_country_spellings}: LOC_A101.csv rows whose {@code CNTRY} is US, USA, DE or
 *       blank. {@code variant_gender_spellings}: CUST_AZ12.csv rows whose {@code GEN} is M or F.
 *       {@code variant_spellings}: their sum.
 * </ul>
 *
 * With a dirt rate of 0 every count is 0. Clean values and defects come from separate random
 * streams, so for one seed revenue, sales records, orders, units, customers and products are the
 * same at every dirt rate; only the defects, the rows of cust_info.csv and the first and last
 * valid dates (an order on the first or last day may lose its date) change.
 */
package io.saleslens.generate;
