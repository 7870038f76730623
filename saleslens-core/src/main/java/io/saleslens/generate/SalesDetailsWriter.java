package io.saleslens.generate;

import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Streams sales_details.csv month by month: orders of one to eight lines, dated in order through
 * each month, bought by new or returning customers, with defects planted as it goes. Clean values
 * come from one random stream and defects from another, so the dirt rate never changes the clean
 * data or its totals.
 */
final class SalesDetailsWriter {
    static final String FILE = "source_crm/sales_details.csv";
    static final String HEADER = "sls_ord_num,sls_prd_key,sls_cust_id,sls_order_dt,sls_ship_dt,sls_due_dt,"
            + "sls_sales,sls_quantity,sls_price";

    /** The sample's first order number is SO43697. */
    static final long FIRST_ORDER_NUMBER = 43697;

    /** Share of orders placed by a first-time buyer; gives about one customer per 3.3 lines. */
    static final double NEW_CUSTOMER_SHARE = 0.67;

    /** Lines per order, 1 to 8, as cumulative shares measured on the sample. */
    static final double[] ORDER_SIZE_CUMULATIVE = {0.3495, 0.6446, 0.8568, 0.9703, 0.9955, 0.9994, 0.9998, 1.0};

    static final int SHIP_DAYS = 7;
    static final int DUE_DAYS = 12;

    private static final long DIRT_SALT = 0xD1A7D1A7L;
    private static final int DISTINCT_PRODUCT_TRIES = 4;

    private final GeneratorOptions options;
    private final ProductCatalog catalog;
    private final CustomerAcquisition acquisition;
    private final SalesTally tally;
    private final SplittableRandom random;
    private final SplittableRandom dirt;
    private final String[] salesKeys;
    private final int[] prices;
    private final boolean[] singleUnit;
    private final int[] orderProducts = new int[ORDER_SIZE_CUMULATIVE.length];
    private final CampaignPlanting campaign;

    SalesDetailsWriter(GeneratorOptions options, ProductCatalog catalog, CustomerAcquisition acquisition) {
        this.options = options;
        this.catalog = catalog;
        this.acquisition = acquisition;
        List<Product> products = catalog.products();
        this.tally = new SalesTally(products.size());
        this.random = new SplittableRandom(options.seed());
        this.dirt = new SplittableRandom(options.seed() ^ DIRT_SALT);
        this.salesKeys = products.stream().map(Product::salesKey).toArray(String[]::new);
        this.prices = products.stream().mapToInt(Product::listPrice).toArray();
        this.campaign = options.campaign() == null ? null : new CampaignPlanting(options.campaign(), options.seed());
        this.singleUnit = new boolean[products.size()];
        for (int i = 0; i < singleUnit.length; i++) {
            // Nobody buys two bikes on one order line.
            singleUnit[i] = products.get(i).category().name().equals("Bikes");
        }
    }

    SalesTally write() throws IOException {
        long[] linesPerMonth = MonthlyVolume.linesPerMonth(options.lines(), options.startDate(), options.months());
        try (CsvRowWriter csv = new CsvRowWriter(options.outputDirectory().resolve(FILE))) {
            csv.text(HEADER).endRow();
            long orderNumber = FIRST_ORDER_NUMBER;
            for (int month = 0; month < linesPerMonth.length; month++) {
                acquisition.startMonth(month);
                LocalDate monthStart = options.startDate().plusMonths(month);
                long firstDay = monthStart.toEpochDay();
                int days = monthStart.lengthOfMonth();
                long monthLines = linesPerMonth[month];
                long cachedDay = Long.MIN_VALUE;
                int orderDate = 0;
                int shipDate = 0;
                int dueDate = 0;
                for (long done = 0; done < monthLines; ) {
                    int size = (int) Math.min(orderSize(), monthLines - done);
                    long day = firstDay + done * days / monthLines;
                    if (day != cachedDay) {
                        cachedDay = day;
                        orderDate = DateInts.ofEpochDay(day);
                        shipDate = DateInts.ofEpochDay(day + SHIP_DAYS);
                        dueDate = DateInts.ofEpochDay(day + DUE_DAYS);
                    }
                    if (campaign != null) {
                        campaign.beforeOrder(day, acquisition);
                    }
                    boolean returning = acquisition.customers() > 0 && random.nextDouble() >= NEW_CUSTOMER_SHARE;
                    boolean weighted = returning && campaign != null && campaign.weights(day);
                    long customerId = !returning
                            ? acquisition.newCustomer()
                            : weighted
                                    ? campaign.returningCustomer(acquisition, random)
                                    : acquisition.returningCustomer(random.nextDouble());
                    int writtenOrderDate = plantedOrderDate(orderDate, size);
                    if (writtenOrderDate == orderDate) {
                        tally.validOrderDate(orderDate);
                    }
                    long revenueBefore = tally.revenue;
                    chooseProducts(size);
                    for (int line = 0; line < size; line++) {
                        int product = orderProducts[line];
                        csv.zeroPadded("SO", orderNumber, 0)
                                .text(salesKeys[product])
                                .number(customerId)
                                .number(writtenOrderDate)
                                .number(shipDate)
                                .number(dueDate);
                        writeAmounts(csv, product);
                        csv.endRow();
                    }
                    if (weighted && writtenOrderDate == orderDate) {
                        campaign.recordReturningOrder(acquisition, tally.revenue - revenueBefore);
                    }
                    orderNumber++;
                    tally.orders++;
                    done += size;
                }
            }
        }
        return tally;
    }

    /** The planted campaign's state after {@link #write()}; empty without a campaign. */
    java.util.Optional<CampaignPlanting> campaign() {
        return java.util.Optional.ofNullable(campaign);
    }

    private int orderSize() {
        double uniform = random.nextDouble();
        int size = 0;
        while (uniform >= ORDER_SIZE_CUMULATIVE[size]) {
            size++;
        }
        return size + 1;
    }

    /** Different products on the lines of one order, as far as a few draws allow. */
    private void chooseProducts(int size) {
        for (int line = 0; line < size; line++) {
            int product = catalog.demandedProductIndex(random.nextDouble());
            for (int tries = 1; tries < DISTINCT_PRODUCT_TRIES && contains(line, product); tries++) {
                product = catalog.demandedProductIndex(random.nextDouble());
            }
            orderProducts[line] = product;
        }
    }

    private boolean contains(int length, int product) {
        for (int i = 0; i < length; i++) {
            if (orderProducts[i] == product) {
                return true;
            }
        }
        return false;
    }

    /**
     * A whole order gets the bad date, as in the sample: 0, the date missing its last digit, or a
     * 4- to 5-digit number. None of them has 8 digits.
     */
    private int plantedOrderDate(int orderDate, int lines) {
        if (!planted()) {
            return orderDate;
        }
        tally.invalidOrderDates += lines;
        return switch (dirt.nextInt(3)) {
            case 0 -> 0;
            case 1 -> orderDate / 10;
            default -> 1000 + dirt.nextInt(99_000);
        };
    }

    /**
     * Writes sales, quantity and price. A line gets at most one of the two amount defects, and a
     * price defect only where the sales amount is right, so the repair rules recover the clean line.
     */
    private void writeAmounts(CsvRowWriter csv, int product) throws IOException {
        int quantity = singleUnit[product] || random.nextDouble() < 0.85 ? 1 : 2 + random.nextInt(3);
        long price = prices[product];
        long sales = quantity * price;
        tally.lines++;
        tally.units += quantity;
        tally.revenue += sales;
        tally.productSold(product);
        if (planted()) {
            tally.inconsistentSalesAmounts++;
            switch (dirt.nextInt(4)) {
                case 0 -> csv.blank();
                case 1 -> csv.number(-sales);
                case 2 -> csv.number(0);
                default -> csv.number(sales + 1 + dirt.nextInt((int) price));
            }
            csv.number(quantity).number(price);
        } else if (planted()) {
            tally.invalidPrices++;
            csv.number(sales).number(quantity);
            if (dirt.nextBoolean()) {
                csv.blank();
            } else {
                csv.number(-price);
            }
        } else {
            csv.number(sales).number(quantity).number(price);
        }
    }

    private boolean planted() {
        return options.dirtRate() > 0 && dirt.nextDouble() < options.dirtRate();
    }
}
