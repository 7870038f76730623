package io.saleslens.infer;

import java.io.IOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Writes a Shopify orders export as Shopify's help centre describes it: one line per line item; Name (#1001),
 * Email, Created at and the Lineitem fields on every line; the order-level fields (statuses, Subtotal, Shipping,
 * Taxes, Total, Discount Amount, billing address) on an order's first line only, blank on its follow-on lines;
 * date-times with a UTC offset (2024-03-05 14:22:10 -0500). The columns come in a seeded order, so no test rests
 * on positions. While writing, it adds up what a correct run must report: revenue is the sum of
 * price x quantity - line discount over the lines, never the order Total (which holds tax and shipping).
 */
final class ShopifyOrdersFixture {
    static final String FILE = "orders_export_1.csv";
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
            "Billing Province",
            "Billing Country",
            "Shipping Name",
            "Shipping Country",
            "Notes",
            "Payment Method",
            "Refunded Amount",
            "Vendor",
            "Id",
            "Tags",
            "Lineitem discount");
    private static final String[] COUNTRIES = {"US", "CA", "GB"};
    private static final String[] PROVINCES = {"NY", "ON", "ENG"};
    private static final String[] FIRST = {"Ann", "Bo", "Chidi", "Dana", "Émile", "Farah", "Gus", "Hana"};
    private static final String[] LAST = {"Lee", "O'Neil", "Okafor", "Smith", "Dubois", "Khan"};
    private static final DateTimeFormatter TIMESTAMP = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    final ExpectedFigures expected = new ExpectedFigures();
    /** The sum of the order Totals: what a run that took Total for the line amount would report. */
    BigDecimal sumOfTotals = BigDecimal.ZERO;

    BigDecimal sumOfDiscounts = BigDecimal.ZERO;
    long multiLineOrders;

    static ShopifyOrdersFixture write(Path dir, long seed, int orders) throws IOException {
        ShopifyOrdersFixture fixture = new ShopifyOrdersFixture();
        fixture.generate(dir.resolve(FILE), new Random(seed), orders);
        return fixture;
    }

    private void generate(Path file, Random random, int orderCount) throws IOException {
        int customerCount = 40;
        int productCount = 25;
        BigDecimal[] price = new BigDecimal[productCount];
        for (int p = 0; p < productCount; p++) {
            price[p] = BigDecimal.valueOf(499 + random.nextInt(20_000), 2);
        }
        List<String> columns = new ArrayList<>(COLUMNS);
        Collections.shuffle(columns, random);
        List<Map<String, String>> rows = new ArrayList<>();
        LocalDateTime start = LocalDateTime.of(2024, 1, 1, 0, 0);
        for (int o = 0; o < orderCount; o++) {
            String order = "#" + (1001 + o);
            int c = random.nextInt(customerCount);
            String email = "customer" + c + "@example.com";
            String billingName = FIRST[c % FIRST.length] + " " + LAST[c % LAST.length];
            String country = COUNTRIES[c % COUNTRIES.length];
            expected.customer(email, country);
            LocalDateTime created = start.plusMinutes(random.nextInt(200 * 24 * 60));
            String offset = new String[] {"-0500", "-0400", "+0000", "+0100"}[random.nextInt(4)];
            String createdAt = TIMESTAMP.format(created) + " " + offset;
            int lineCount = 1 + random.nextInt(4);
            if (lineCount > 1) {
                multiLineOrders++;
            }
            List<Map<String, String>> lines = new ArrayList<>();
            BigDecimal subtotal = BigDecimal.ZERO;
            BigDecimal discounts = BigDecimal.ZERO;
            for (int l = 0; l < lineCount; l++) {
                int p = random.nextInt(productCount);
                int quantity = 1 + random.nextInt(5);
                BigDecimal gross = price[p].multiply(BigDecimal.valueOf(quantity));
                BigDecimal discount = random.nextInt(3) == 0
                        ? gross.multiply(BigDecimal.valueOf(10 + 5 * random.nextInt(3), 2))
                                .setScale(2, RoundingMode.HALF_UP)
                        : BigDecimal.ZERO.setScale(2);
                BigDecimal net = gross.subtract(discount);
                subtotal = subtotal.add(net);
                discounts = discounts.add(discount);
                String sku = "SKU-" + (100 + p);
                expected.line(order, email, sku, created.toLocalDate(), quantity, net, country);
                Map<String, String> line = new LinkedHashMap<>();
                line.put("Name", order);
                line.put("Email", email);
                line.put("Created at", createdAt);
                line.put("Lineitem quantity", Integer.toString(quantity));
                line.put("Lineitem name", p % 4 == 0 ? "Tee, \"Classic\" fit " + p : "Mug " + p);
                line.put("Lineitem price", price[p].toPlainString());
                line.put(
                        "Lineitem compare at price",
                        p % 3 == 0
                                ? price[p].multiply(BigDecimal.valueOf(12, 1))
                                        .setScale(2, RoundingMode.HALF_UP)
                                        .toPlainString()
                                : "");
                line.put("Lineitem sku", sku);
                line.put("Lineitem requires shipping", "true");
                line.put("Lineitem taxable", p % 5 == 0 ? "false" : "true");
                line.put("Lineitem fulfillment status", random.nextBoolean() ? "fulfilled" : "pending");
                line.put("Lineitem discount", discount.toPlainString());
                line.put("Vendor", "Acme");
                lines.add(line);
            }
            BigDecimal shipping = BigDecimal.valueOf(random.nextInt(3) * 495L, 2);
            BigDecimal taxes = subtotal.multiply(new BigDecimal("0.08")).setScale(2, RoundingMode.HALF_UP);
            BigDecimal total = subtotal.add(shipping).add(taxes);
            sumOfTotals = sumOfTotals.add(total);
            sumOfDiscounts = sumOfDiscounts.add(discounts);
            boolean paid = random.nextInt(10) > 0;
            Map<String, String> first = lines.get(0);
            first.put("Financial Status", paid ? "paid" : "pending");
            first.put("Paid at", paid ? createdAt : "");
            first.put("Fulfillment Status", "fulfilled");
            first.put("Fulfilled at", TIMESTAMP.format(created.plusDays(2)) + " " + offset);
            first.put("Accepts Marketing", c % 2 == 0 ? "yes" : "no");
            first.put("Currency", "USD");
            first.put("Subtotal", subtotal.toPlainString());
            first.put("Shipping", shipping.toPlainString());
            first.put("Taxes", taxes.toPlainString());
            first.put("Total", total.toPlainString());
            first.put("Discount Code", discounts.signum() > 0 ? "SPRING" + (o % 3) : "");
            first.put("Discount Amount", discounts.toPlainString());
            first.put("Shipping Method", "Standard");
            first.put("Billing Name", billingName);
            first.put("Billing City", "City " + c);
            first.put("Billing Zip", String.format("%05d", 10_000 + c));
            first.put("Billing Province", PROVINCES[c % PROVINCES.length]);
            first.put("Billing Country", country);
            first.put("Shipping Name", billingName);
            first.put("Shipping Country", country);
            first.put("Payment Method", "Shopify Payments");
            first.put("Refunded Amount", "0.00");
            first.put("Id", Long.toString(5_100_000_000L + o * 17L));
            rows.addAll(lines);
        }
        try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write(String.join(
                    ",", columns.stream().map(ShopifyOrdersFixture::csv).toList()));
            out.write('\n');
            for (Map<String, String> row : rows) {
                out.write(String.join(
                        ",",
                        columns.stream()
                                .map(column -> csv(row.getOrDefault(column, "")))
                                .toList()));
                out.write('\n');
            }
        }
    }

    private static String csv(String value) {
        return value.contains(",") || value.contains("\"") || value.contains("'")
                ? '"' + value.replace("\"", "\"\"") + '"'
                : value;
    }
}
