package io.saleslens.spec.presets;

import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Path;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;

/**
 * Writes a Stripe unified payments export from a seeded random source and keeps every payment for the test: paid,
 * partly and fully refunded, failed and uncaptured payments; amounts of a thousand and more written with a thousands
 * separator; customers known by email, by Stripe id only, or not at all; descriptions with commas or none.
 */
final class StripePaymentsFixture {
    static final String FILE = "unified_payments.csv";
    static final List<String> COLUMNS = List.of(
            "id",
            "Description",
            "Seller Message",
            "Created date (UTC)",
            "Amount",
            "Amount Refunded",
            "Currency",
            "Converted Amount",
            "Converted Amount Refunded",
            "Fee",
            "Tax",
            "Converted Currency",
            "Mode",
            "Status",
            "Statement Descriptor",
            "Customer ID",
            "Customer Description",
            "Customer Email",
            "Captured",
            "Card ID",
            "Card Last4",
            "Card Brand",
            "Card Funding",
            "Card Address Country",
            "Card Issue Country",
            "Disputed Amount",
            "Invoice ID",
            "Payment Source Type",
            "PaymentIntent ID");
    private static final DateTimeFormatter CREATED = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");
    private static final String[] DESCRIPTIONS = {"Pro plan, annual", "Starter plan", "Consulting hour", "", "Setup fee"
    };
    private static final String[] COUNTRIES = {"US", "DE", "JP", "BR"};

    /** One payment as written. */
    record Payment(
            String id,
            String status,
            boolean captured,
            LocalDateTime created,
            BigDecimal amount,
            BigDecimal refunded,
            String currency,
            String customerId,
            String email,
            String description,
            String country) {

        /** The customer the preset knows the payment by: the email, else the Stripe customer id, else none. */
        String customer() {
            return !email.isEmpty() ? email.toLowerCase(Locale.ROOT) : customerId;
        }
    }

    final List<Payment> payments = new ArrayList<>();

    private StripePaymentsFixture() {}

    /** @param currencies the lower-case currency codes to draw from; the first is drawn nine times in ten */
    static StripePaymentsFixture write(Path dir, long seed, int count, List<String> currencies) throws IOException {
        Random random = new Random(seed);
        StripePaymentsFixture fixture = new StripePaymentsFixture();
        List<Map<String, String>> rows = new ArrayList<>();
        LocalDateTime start = LocalDateTime.of(2024, 3, 1, 0, 0);
        for (int p = 0; p < count; p++) {
            int kind = random.nextInt(10);
            String status = p == 0 || kind < 6 ? "Paid" : kind < 8 ? "Refunded" : kind < 9 ? "Failed" : "Uncaptured";
            boolean captured = status.equals("Paid") || status.equals("Refunded");
            BigDecimal amount = BigDecimal.valueOf(random.nextInt(random.nextInt(5) == 0 ? 500_000 : 20_000) + 100, 2);
            BigDecimal refunded = status.equals("Refunded")
                    ? amount
                    : status.equals("Paid") && random.nextInt(6) == 0
                            ? amount.divide(BigDecimal.valueOf(4), 2, RoundingMode.DOWN)
                            : BigDecimal.ZERO.setScale(2);
            String currency = currencies.size() > 1 && random.nextInt(10) == 0
                    ? currencies.get(1 + random.nextInt(currencies.size() - 1))
                    : currencies.get(0);
            int who = random.nextInt(count / 4 + 1);
            int form = random.nextInt(10);
            String customerId = form == 0 ? "" : "cus_" + Integer.toString(100_000 + who, 36);
            String email = form <= 1 ? "" : (random.nextInt(8) == 0 ? "Client" : "client") + who + "@example.net";
            String description = DESCRIPTIONS[random.nextInt(DESCRIPTIONS.length)];
            String country = random.nextInt(10) == 0 ? "" : COUNTRIES[who % COUNTRIES.length];
            // The first payment is on the evening of 31 March in UTC, already 1 April east of it.
            LocalDateTime created = p == 0
                    ? LocalDateTime.of(2024, 3, 31, 20, 15, 0)
                    : start.plusSeconds(random.nextInt(60 * 24 * 3600));
            String id = (random.nextBoolean() ? "ch_" : "py_") + "3O" + Long.toString(1_000_000_000L + p * 7919L, 36);
            Payment payment = new Payment(
                    id, status, captured, created, amount, refunded, currency, customerId, email, description, country);
            fixture.payments.add(payment);
            Map<String, String> row = new LinkedHashMap<>();
            row.put("id", id);
            row.put("Description", description);
            row.put(
                    "Seller Message",
                    status.equals("Failed")
                            ? "The bank did not return any further details with this decline."
                            : "Payment complete.");
            row.put("Created date (UTC)", CREATED.format(created));
            row.put("Amount", money(amount));
            row.put("Amount Refunded", money(refunded));
            row.put("Currency", currency);
            row.put("Converted Amount", money(amount));
            row.put("Converted Amount Refunded", money(refunded));
            row.put(
                    "Fee",
                    captured
                            ? money(amount.multiply(new BigDecimal("0.029"))
                                    .add(new BigDecimal("0.30"))
                                    .setScale(2, RoundingMode.HALF_UP))
                            : "0.00");
            row.put("Tax", "0.00");
            row.put("Converted Currency", currencies.get(0));
            row.put("Mode", "Live");
            row.put("Status", status);
            row.put("Statement Descriptor", "ACME SOFTWARE");
            row.put("Customer ID", customerId);
            row.put("Customer Description", customerId.isEmpty() ? "" : "Client " + who + ", Ltd.");
            row.put("Customer Email", email);
            row.put("Captured", Boolean.toString(captured));
            row.put("Card ID", "card_" + Integer.toString(p, 36));
            row.put("Card Last4", String.format("%04d", random.nextInt(10_000)));
            row.put("Card Brand", random.nextBoolean() ? "Visa" : "MasterCard");
            row.put("Card Funding", "credit");
            row.put("Card Address Country", country);
            row.put("Card Issue Country", country);
            row.put("Disputed Amount", "");
            row.put("Invoice ID", random.nextBoolean() ? "in_" + Integer.toString(p, 36) : "");
            row.put("Payment Source Type", "card");
            row.put("PaymentIntent ID", "pi_" + Integer.toString(p + 7, 36));
            rows.add(row);
        }
        ExportFile.write(dir.resolve(FILE), ExportFile.shuffled(COLUMNS, random), rows);
        return fixture;
    }

    /** As the dashboard writes an amount: two decimals, a thousands separator from 1,000.00 on. */
    private static String money(BigDecimal amount) {
        return new DecimalFormat("#,##0.00", DecimalFormatSymbols.getInstance(Locale.US)).format(amount);
    }
}
