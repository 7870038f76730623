package io.saleslens.infer;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The canonical meanings a column can have, each with the spec column name it becomes, the names that
 * usually carry it (compared without case, spaces or punctuation) in two tiers, and the values it needs.
 */
public enum Meaning {
    ORDER_ID("order_number", Need.ANY,
            Set.of("orderid", "ordernumber", "orderno", "salesordernumber", "salesorderid", "invoiceno", "invoiceid",
                    "invoicenumber", "invoice", "slsordnum", "transactionid", "receiptid", "receiptno"),
            List.of(".*order(id|number|no|num)", ".*invoice(id|no|number)?")),
    ORDER_LINE("order_line", Need.NUMBER, Set.of("salesorderlinenumber", "linenumber", "orderline", "lineno", "orderlinenumber"), List.of()),
    ORDER_DATE("order_date", Need.DATE,
            Set.of("orderdate", "invoicedate", "transactiondate", "saledate", "salesdate", "orderdt", "slsorderdt", "date"),
            List.of(".*orderdate(key)?", "datekey", "date")),
    SHIP_DATE("ship_date", Need.DATE, Set.of("shipdate", "shippingdate", "slsshipdt", "shipdt"), List.of(".*shipdate(key)?")),
    DUE_DATE("due_date", Need.DATE, Set.of("duedate", "slsduedt"), List.of(".*duedate(key)?")),
    CUSTOMER_ID("customer_id", Need.ANY,
            Set.of("customerid", "customerkey", "custid", "customerno", "customernumber", "clientid", "cstid", "slscustid",
                    "customercode", "clientkey"),
            List.of(".*(customer|cust|client)(id|key|no|number|code)")),
    CUSTOMER_NAME("customer_name", Need.TEXT, Set.of("customername", "customer", "clientname", "fullname", "client"), List.of("name")),
    FIRST_NAME("first_name", Need.TEXT, Set.of("firstname", "givenname", "cstfirstname"), List.of()),
    LAST_NAME("last_name", Need.TEXT, Set.of("lastname", "surname", "familyname", "cstlastname"), List.of()),
    PRODUCT_ID("product_number", Need.ANY,
            Set.of("productid", "productkey", "sku", "productcode", "itemid", "stockcode", "productnumber", "itemcode",
                    "slsprdkey", "itemno", "prdkey"),
            List.of(".*(product|prod|prd|item)(id|key|code|no|number)")),
    PRODUCT_NAME("product_name", Need.TEXT,
            Set.of("productname", "product", "englishproductname", "itemname", "itemdescription", "prdnm", "description"),
            List.of(".*productname")),
    CATEGORY("category", Need.TEXT,
            Set.of("category", "productcategory", "categoryname", "englishproductcategoryname", "cat"), List.of(".*category(name)?")),
    SUBCATEGORY("subcategory", Need.TEXT,
            Set.of("subcategory", "subcat", "productsubcategory", "subcategoryname", "englishproductsubcategoryname"),
            List.of(".*subcategory(name)?")),
    QUANTITY("quantity", Need.NUMBER,
            Set.of("quantity", "qty", "orderquantity", "units", "unitssold", "slsquantity", "orderqty", "quantityordered"),
            List.of(".*(quantity|qty)")),
    UNIT_PRICE("unit_price", Need.NUMBER, Set.of("unitprice", "price", "salesprice", "slsprice", "unitsellingprice", "priceeach"),
            List.of(".*unitprice")),
    SALES_AMOUNT("sales_amount", Need.NUMBER,
            Set.of("sales", "salesamount", "amount", "revenue", "linetotal", "totalsales", "extendedamount", "slssales",
                    "netsales", "saleamount", "totalamount", "total"),
            List.of(".*(sales|revenue)amount", ".*linetotal")),
    DISCOUNT("discount", Need.NUMBER, Set.of("discount", "discountamount", "discountpct", "discountrate", "unitpricediscountpct"),
            List.of(".*discount.*")),
    COST("cost", Need.NUMBER, Set.of("cost", "totalproductcost", "productcost", "cogs", "totalcost", "linecost", "costofgoods"),
            List.of(".*totalcost")),
    UNIT_COST("unit_cost", Need.NUMBER, Set.of("unitcost", "standardcost", "prdcost", "costprice"), List.of(".*standardcost")),
    PROFIT("profit", Need.NUMBER, Set.of("profit", "grossprofit", "netprofit", "margin"), List.of(".*profit")),
    SEGMENT("segment", Need.TEXT, Set.of("segment", "customersegment", "customertype", "clienttype", "segmentname", "customergroup"),
            List.of(".*segment")),
    COUNTRY("country", Need.TEXT, Set.of("country", "countryregion", "englishcountryregionname", "countryname", "cntry"),
            List.of("country.*")),
    REGION("region", Need.TEXT, Set.of("region", "salesterritoryregion", "territory", "market", "salesregion"), List.of(".*region")),
    STATE("state", Need.TEXT, Set.of("state", "province", "stateprovince", "stateprovincename"), List.of()),
    CITY("city", Need.TEXT, Set.of("city", "town"), List.of()),
    GENDER("gender", Need.TEXT, Set.of("gender", "gndr", "sex", "cstgndr"), List.of()),
    MARITAL_STATUS("marital_status", Need.TEXT, Set.of("maritalstatus", "cstmaritalstatus"), List.of());

    /** The values a meaning needs. */
    enum Need { ANY, TEXT, NUMBER, DATE }

    private final String column;
    private final Need need;
    private final Set<String> names;
    private final List<String> patterns;

    Meaning(String column, Need need, Set<String> names, List<String> patterns) {
        this.column = column;
        this.need = need;
        this.names = names;
        this.patterns = patterns;
    }

    /** The column name this meaning has in a spec. */
    public String column() {
        return column;
    }

    Need need() {
        return need;
    }

    /** 1 for a name this meaning usually has, 2 for a name that merely follows its pattern, 0 for no match. */
    int tier(String columnName) {
        String normalised = normalise(columnName);
        if (names.contains(normalised)) {
            return 1;
        }
        return patterns.stream().anyMatch(normalised::matches) ? 2 : 0;
    }

    /** Whether values in this format can carry the meaning. */
    boolean accepts(ValueFormat format) {
        return switch (need) {
            case ANY -> format.kind() != ValueFormat.Kind.EMPTY;
            case TEXT -> format.kind() == ValueFormat.Kind.TEXT;
            case NUMBER -> format.isNumber();
            case DATE -> format.isDateLike();
        };
    }

    static String normalise(String name) {
        return name.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "");
    }

    /** Whether a meaning describes the customer. */
    boolean isCustomerAttribute() {
        return Set.of(CUSTOMER_NAME, FIRST_NAME, LAST_NAME, SEGMENT, COUNTRY, REGION, STATE, CITY, GENDER, MARITAL_STATUS).contains(this);
    }

    /** Whether a meaning describes the product. */
    boolean isProductAttribute() {
        return Set.of(PRODUCT_NAME, CATEGORY, SUBCATEGORY, UNIT_COST).contains(this);
    }

    /** Whether a meaning is a measure of an order line. */
    boolean isMeasure() {
        return Set.of(QUANTITY, UNIT_PRICE, SALES_AMOUNT, DISCOUNT, COST, PROFIT).contains(this);
    }
}
