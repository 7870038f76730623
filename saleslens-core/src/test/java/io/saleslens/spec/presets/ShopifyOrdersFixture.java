package io.saleslens.spec.presets;

import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Writes a Shopify orders export (one line per line item) from a seeded random source and keeps, for the test, every
 * line with the fields of its order. The file looks like a real export: order-level fields (Financial Status, Paid
 * at, totals, Discount Code, Billing Country) only on an order's first line, follow-on lines sometimes moved away
 * from it, Created at with the store's offset across the March daylight-saving change, product names with commas
 * and quotes, products without a SKU, orders without an email or billing country, columns in a shuffled order.
 */
final class ShopifyOrdersFixture {
    static final String FILE = "orders_export_1.csv";
    static final List<String> ALL_STATUSES =
            List.of("paid", "partially_refunded", "refunded", "pending", "voided", "authorized", "partially_paid");
    static final List<String> COLUMNS = List.of(
            "Name",
            "Email",
            "Financial Status",
            "Paid at",
            "Fulfillment Status",
            "Fulfilled at",
            "Accepts Marketing",
            "Currency",
            "Subtotal",
            "Shipping",
            "Taxes",
            "Total",
            "Discount Code",
            "Discount Amount",
            "Shipping Method",
            "Created at",
            "Lineitem quantity",
            "Lineitem name",
            "Lineitem price",
            "Lineitem compare at price",
            "Lineitem sku",
            "Lineitem requires shipping",
            "Lineitem taxable",
            "Lineitem fulfillment status",
            "Billing Name",
            "Billing City",
            "Billing Zip",
            "Billing Country",
            "Shipping Country",
            "Notes",
            "Payment Method",
            "Refunded Amount",
            "Vendor",
            "Id",
            "Tags",
            "Source",
            "Lineitem discount");
    private static final DateTimeFormatter SHOPIFY_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss Z");
    private static final ZoneId STORE = ZoneId.of("America/New_York");
    private static final String[][] PRODUCTS = {
        {"MUG-001", "Coffee Mug, Large", "14.50"},
        {"MUG-002", "The \"Classic\" Mug", "12.00"},
        {"TEE-BLK-M", "T-Shirt - Black / M", "25.00"},
        {"TEE-WHT-L", "T-Shirt - White / L", "25.00"},
        {"", "Gift Card", "50.00"},
        {"POS-7", "Poster, 50 x 70 cm", "19.99"},
        {"", "Sticker pack", "3.25"},
        {"BAG-01", "Tote bag", "18.00"},
    };
    private static final String[] COUNTRIES = {"US", "CA", "GB", "DE"};

    /** One line item as written, with the order it belongs to. */
    record Line(
            int position,
            String order,
            String email,
            String status,
            LocalDate createdDate,
            String country,
            String sku,
            String name,
            int quantity,
            BigDecimal price,
            BigDecimal discount) {

        String productNumber() {
            return sku.isEmpty() ? name : sku;
        }

        BigDecimal amount() {
            return price.multiply(BigDecimal.valueOf(quantity)).subtract(discount);
        }
    }

    final List<Line> lines = new ArrayList<>();

    private ShopifyOrdersFixture() {}

    /**
     * @param orders how many orders to write
     * @param statuses the financial statuses to draw from (paid is drawn half the time when it is among them)
     * @param multiLineOnly every order has two or more lines, so every order has follow-on lines
     */
    static ShopifyOrdersFixture write(Path dir, long seed, int orders, List<String> statuses, boolean multiLineOnly)
            throws IOException {
        Random random = new Random(seed);
        ShopifyOrdersFixture fixture = new ShopifyOrdersFixture();
        List<Written> file = new ArrayList<>();
        List<Written> movedAway = new ArrayList<>();
        List<String> emails = new ArrayList<>();
        for (int c = 0; c < Math.max(3, orders / 3); c++) {
            emails.add("customer" + c + "@example.com");
        }
        // Noon on 20 February to the end of March: the store's clocks go forward on 10 March.
        ZonedDateTime start = LocalDateTime.of(2024, 2, 20, 12, 0).atZone(STORE);
        for (int o = 0; o < orders; o++) {
            String name = "#" + (1001 + o);
            String status = statuses.contains("paid") && (o == 0 || random.nextBoolean())
                    ? "paid"
                    : statuses.get(random.nextInt(statuses.size()));
            String email = random.nextInt(20) == 0 ? "" : emails.get(random.nextInt(emails.size()));
            String country = random.nextInt(15) == 0 ? "" : COUNTRIES[random.nextInt(COUNTRIES.length)];
            // Late evening times: the written date is the store's, one day before the UTC date.
            ZonedDateTime created = start.plusMinutes(random.nextInt(40 * 24 * 60));
            if (random.nextInt(4) == 0) {
                created = created.withHour(23).withMinute(random.nextInt(60));
            }
            if (o == 0) {
                // Paid on the evening of 29 February in the store's zone: 1 March in UTC.
                created = LocalDateTime.of(2024, 2, 29, 23, 40, 5).atZone(STORE);
            }
            int lineCount = multiLineOnly ? 2 + random.nextInt(3) : 1 + random.nextInt(4);
            BigDecimal subtotal = BigDecimal.ZERO;
            List<Line> orderLines = new ArrayList<>();
            for (int l = 0; l < lineCount; l++) {
                String[] product = PRODUCTS[random.nextInt(PRODUCTS.length)];
                int quantity = 1 + random.nextInt(3);
                BigDecimal price = new BigDecimal(product[2]);
                BigDecimal discount = random.nextInt(4) == 0
                        ? price.multiply(BigDecimal.valueOf(quantity))
                                .multiply(new BigDecimal("0.10"))
                                .setScale(2, RoundingMode.HALF_UP)
                        : BigDecimal.ZERO.setScale(2);
                Line line = new Line(
                        -1,
                        name,
                        email,
                        status,
                        created.toLocalDate(),
                        country,
                        product[0],
                        product[1],
                        quantity,
                        price,
                        discount);
                orderLines.add(line);
                subtotal = subtotal.add(line.amount());
            }
            BigDecimal shipping = new BigDecimal(random.nextInt(3) * 5 + ".00");
            BigDecimal taxes = subtotal.multiply(new BigDecimal("0.08")).setScale(2, RoundingMode.HALF_UP);
            for (int l = 0; l < orderLines.size(); l++) {
                Line line = orderLines.get(l);
                boolean first = l == 0;
                Map<String, String> row = new LinkedHashMap<>();
                row.put("Name", name);
                row.put("Email", email);
                row.put("Created at", first || random.nextInt(3) > 0 ? SHOPIFY_TIME.format(created) : "");
                row.put("Lineitem quantity", Integer.toString(line.quantity()));
                row.put("Lineitem name", line.name());
                row.put("Lineitem price", line.price().toPlainString());
                row.put(
                        "Lineitem compare at price",
                        random.nextBoolean()
                                ? ""
                                : line.price().add(BigDecimal.TEN).toPlainString());
                row.put("Lineitem sku", line.sku());
                row.put("Lineitem requires shipping", "true");
                row.put("Lineitem taxable", "true");
                row.put("Lineitem fulfillment status", "pending");
                row.put(
                        "Lineitem discount",
                        line.discount().signum() == 0 && random.nextBoolean()
                                ? ""
                                : line.discount().toPlainString());
                row.put("Vendor", "Acme, Inc.");
                if (first) {
                    row.put("Financial Status", status);
                    row.put(
                            "Paid at",
                            status.equals("paid") || status.equals("partially_refunded")
                                    ? SHOPIFY_TIME.format(created.plusMinutes(1))
                                    : "");
                    row.put("Fulfillment Status", "unfulfilled");
                    row.put("Accepts Marketing", random.nextBoolean() ? "yes" : "no");
                    row.put("Currency", "USD");
                    row.put("Subtotal", subtotal.toPlainString());
                    row.put("Shipping", shipping.toPlainString());
                    row.put("Taxes", taxes.toPlainString());
                    row.put("Total", subtotal.add(shipping).add(taxes).toPlainString());
                    row.put("Discount Code", random.nextInt(5) == 0 ? "WELCOME10" : "");
                    row.put("Discount Amount", "0.00");
                    row.put("Shipping Method", "Standard, 3-5 days");
                    row.put("Billing Name", "Customer " + o);
                    row.put("Billing City", "Springfield");
                    row.put("Billing Zip", "'0" + (1000 + o));
                    row.put("Billing Country", country);
                    row.put("Shipping Country", country);
                    row.put("Payment Method", "Shopify Payments");
                    row.put("Refunded Amount", status.equals("partially_refunded") ? "5.00" : "0.00");
                    row.put("Id", Long.toString(5_000_000_000L + o));
                    row.put("Tags", "");
                    row.put("Source", "web");
                }
                (!first && random.nextInt(4) == 0 ? movedAway : file).add(new Written(line, row));
            }
        }
        // Some follow-on lines are written elsewhere in the file, even before their order's first line.
        for (Written moved : movedAway) {
            file.add(random.nextInt(file.size() + 1), moved);
        }
        List<Map<String, String>> rows = new ArrayList<>();
        for (Written written : file) {
            Line line = written.line();
            fixture.lines.add(new Line(
                    rows.size() + 1,
                    line.order(),
                    line.email(),
                    line.status(),
                    line.createdDate(),
                    line.country(),
                    line.sku(),
                    line.name(),
                    line.quantity(),
                    line.price(),
                    line.discount()));
            rows.add(written.row());
        }
        ExportFile.write(dir.resolve(FILE), ExportFile.shuffled(COLUMNS, random), rows);
        return fixture;
    }

    private record Written(Line line, Map<String, String> row) {}
}
