package io.saleslens.spec.presets;

import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;

/**
 * Writes a WooCommerce order export in the Advanced Order Export plugin's default columns (one line per product, the
 * order's fields repeated on each) from a seeded random source, and keeps every line for the test. Statuses come as
 * slugs (wc-completed), names (completed) and labels (Completed); products without a SKU, names and companies with
 * commas, items partly refunded (a lower Quantity (- Refund), down to 0), orders without an email, country or phone.
 */
final class WooCommerceOrdersFixture {
    static final String FILE = "orders-2024-03-31-10-15-02.csv";
    static final List<String> STATUSES =
            List.of("completed", "processing", "pending", "on-hold", "cancelled", "refunded", "failed");
    static final List<String> COLUMNS = List.of(
            "Order Number",
            "Order Status",
            "Order Date",
            "Customer Note",
            "First Name (Billing)",
            "Last Name (Billing)",
            "Company (Billing)",
            "Address 1&2 (Billing)",
            "City (Billing)",
            "State Code (Billing)",
            "Postcode (Billing)",
            "Country Code (Billing)",
            "Email (Billing)",
            "Phone (Billing)",
            "Payment Method Title",
            "Cart Discount Amount",
            "Order Subtotal Amount",
            "Shipping Method Title",
            "Order Shipping Amount",
            "Order Refund Amount",
            "Order Total Amount",
            "Order Total Tax Amount",
            "SKU",
            "Item #",
            "Item Name",
            "Quantity (- Refund)",
            "Item Cost",
            "Coupon Code",
            "Discount Amount",
            "Discount Amount Tax");
    private static final DateTimeFormatter ORDER_DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
    private static final String[][] PRODUCTS = {
        {"HD-GRY-XL", "Hoodie, Grey - XL", "39.00"},
        {"HD-GRY-M", "Hoodie, Grey - M", "39.00"},
        {"CAP-01", "Cap", "15.50"},
        {"", "Gift wrapping", "2.00"},
        {"SOCK-3P", "Socks \"3-pack\"", "9.99"},
        {"", "Custom print", "120.00"},
    };
    private static final String[] COUNTRIES = {"US", "GB", "FR", "AU"};

    /** One product line as written, with its order's status and customer. */
    record Line(
            String order,
            String status,
            String email,
            String country,
            LocalDateTime orderDate,
            String sku,
            String name,
            int quantity,
            BigDecimal itemCost) {

        BigDecimal amount() {
            return itemCost.multiply(BigDecimal.valueOf(quantity));
        }
    }

    final List<Line> lines = new ArrayList<>();

    private WooCommerceOrdersFixture() {}

    static WooCommerceOrdersFixture write(Path dir, long seed, int orders) throws IOException {
        Random random = new Random(seed);
        WooCommerceOrdersFixture fixture = new WooCommerceOrdersFixture();
        List<Map<String, String>> rows = new ArrayList<>();
        List<String> emails = new ArrayList<>();
        for (int c = 0; c < orders / 3; c++) {
            emails.add("buyer" + c + "@example.org");
        }
        LocalDateTime start = LocalDateTime.of(2024, 1, 2, 8, 0);
        for (int o = 0; o < orders; o++) {
            String number = Integer.toString(2300 + o);
            String status = random.nextInt(3) == 0 ? "completed" : STATUSES.get(random.nextInt(STATUSES.size()));
            String written = switch (random.nextInt(3)) {
                case 0 -> "wc-" + status;
                case 1 -> status;
                default -> status.substring(0, 1).toUpperCase(Locale.ROOT) + status.substring(1);
            };
            String email = random.nextInt(25) == 0 ? "" : emails.get(random.nextInt(emails.size()));
            String country = random.nextInt(12) == 0 ? "" : COUNTRIES[random.nextInt(COUNTRIES.length)];
            LocalDateTime date = start.plusMinutes(random.nextInt(90 * 24 * 60));
            int lineCount = 1 + random.nextInt(3);
            List<Line> orderLines = new ArrayList<>();
            BigDecimal subtotal = BigDecimal.ZERO;
            for (int l = 0; l < lineCount; l++) {
                String[] product = PRODUCTS[random.nextInt(PRODUCTS.length)];
                int ordered = 1 + random.nextInt(4);
                int refunded = random.nextInt(6) == 0 ? 1 + random.nextInt(ordered) : 0;
                // Item Cost is the price of one item after the coupon's share of it.
                BigDecimal cost = new BigDecimal(product[2]);
                if (random.nextInt(5) == 0) {
                    cost = cost.multiply(new BigDecimal("0.85")).setScale(2, RoundingMode.HALF_UP);
                }
                Line line = new Line(
                        number, status, email, country, date, product[0], product[1], ordered - refunded, cost);
                orderLines.add(line);
                subtotal = subtotal.add(line.amount());
            }
            BigDecimal shipping = random.nextBoolean() ? new BigDecimal("4.90") : BigDecimal.ZERO.setScale(2);
            BigDecimal tax = subtotal.multiply(new BigDecimal("0.20")).setScale(2, RoundingMode.HALF_UP);
            for (int l = 0; l < orderLines.size(); l++) {
                Line line = orderLines.get(l);
                Map<String, String> row = new LinkedHashMap<>();
                row.put("Order Number", number);
                row.put("Order Status", written);
                row.put("Order Date", ORDER_DATE.format(date));
                row.put("Customer Note", random.nextInt(10) == 0 ? "Leave at the door, please" : "");
                row.put("First Name (Billing)", "Alex");
                row.put("Last Name (Billing)", "Buyer " + o);
                row.put("Company (Billing)", random.nextInt(8) == 0 ? "Smith, Jones & Co" : "");
                row.put("Address 1&2 (Billing)", "1 Main Street");
                row.put("City (Billing)", "Leeds");
                row.put("State Code (Billing)", "");
                row.put("Postcode (Billing)", "LS1 1AA");
                row.put("Country Code (Billing)", country);
                row.put("Email (Billing)", email);
                row.put("Phone (Billing)", random.nextBoolean() ? "" : "+44 113 496 0000");
                row.put("Payment Method Title", "Credit Card (Stripe)");
                row.put("Cart Discount Amount", "0");
                row.put("Order Subtotal Amount", subtotal.toPlainString());
                row.put("Shipping Method Title", "Flat rate");
                row.put("Order Shipping Amount", shipping.toPlainString());
                row.put("Order Refund Amount", status.equals("refunded") ? subtotal.toPlainString() : "0");
                row.put("Order Total Amount", subtotal.add(shipping).add(tax).toPlainString());
                row.put("Order Total Tax Amount", tax.toPlainString());
                row.put("SKU", line.sku());
                row.put("Item #", Integer.toString(l + 1));
                row.put("Item Name", line.name());
                row.put("Quantity (- Refund)", Integer.toString(line.quantity()));
                row.put("Item Cost", line.itemCost().toPlainString());
                row.put("Coupon Code", "");
                row.put("Discount Amount", "0");
                row.put("Discount Amount Tax", "0");
                rows.add(row);
                fixture.lines.add(line);
            }
        }
        ExportFile.write(dir.resolve(FILE), ExportFile.shuffled(COLUMNS, random), rows);
        return fixture;
    }
}
