package io.saleslens.infer;

import java.io.IOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Writes one flat file of order lines in the common retail-export shape (customer and product
 * attributes inline, d/m/yy dates, quoted names with commas and doubled quotes, NA for a missing
 * discount) from a seeded Random, and adds up the figures a correct run must report.
 */
final class FlatOrdersFixture {
    static final String FILE = "orders.csv";
    private static final String[] SEGMENTS = {"Consumer", "Corporate", "Home Office"};
    private static final String[] REGIONS = {"West", "East", "Central", "South"};
    private static final String[] CATEGORIES = {"Furniture", "Office Supplies", "Technology"};
    private static final DateTimeFormatter DAY_MONTH_YEAR = DateTimeFormatter.ofPattern("d/M/yy");

    /** Lines at the top of the file whose dates all have a day of 12 or less, so they read both ways. */
    static final int AMBIGUOUS_FIRST_LINES = 40;

    final ExpectedFigures expected = new ExpectedFigures();
    BigDecimal profit = BigDecimal.ZERO;
    long discountedLines;

    static FlatOrdersFixture write(Path dir, long seed, int orders) throws IOException {
        FlatOrdersFixture fixture = new FlatOrdersFixture();
        fixture.generate(dir.resolve(FILE), new Random(seed), orders);
        return fixture;
    }

    private void generate(Path file, Random random, int orderCount) throws IOException {
        int customerCount = 60;
        String[] customerSegment = new String[customerCount];
        String[] customerRegion = new String[customerCount];
        for (int c = 0; c < customerCount; c++) {
            customerSegment[c] = SEGMENTS[random.nextInt(SEGMENTS.length)];
            customerRegion[c] = REGIONS[random.nextInt(REGIONS.length)];
        }
        int productCount = 30;
        BigDecimal[] price = new BigDecimal[productCount];
        BigDecimal[] cost = new BigDecimal[productCount];
        for (int p = 0; p < productCount; p++) {
            price[p] = BigDecimal.valueOf(500 + random.nextInt(150_000), 2);
            cost[p] = price[p].multiply(BigDecimal.valueOf(55 + random.nextInt(30), 2))
                    .setScale(2, RoundingMode.HALF_UP);
        }
        List<String> lines = new ArrayList<>();
        int row = 0;
        for (int o = 0; o < orderCount; o++) {
            String order = "CA-" + (2021 + o % 3) + "-" + (100_000 + o * 7);
            LocalDate date = LocalDate.of(2021, 1, 1).plusDays(random.nextInt(3 * 365));
            if (row < AMBIGUOUS_FIRST_LINES) {
                date = date.withDayOfMonth(1 + random.nextInt(12));
            }
            int c = random.nextInt(customerCount);
            String customer = String.format("CU-%05d", 10_000 + c * 13);
            expected.customer(customer, customerSegment[c]);
            int lineCount = 1 + random.nextInt(4);
            for (int l = 0; l < lineCount; l++) {
                int p = random.nextInt(productCount);
                String product = "PR-" + CATEGORIES[p % 3].substring(0, 3).toUpperCase() + "-" + (1000 + p);
                int quantity = 1 + random.nextInt(9);
                int discountPercent = new int[] {0, 0, 10, 20}[random.nextInt(4)];
                BigDecimal sales = price[p].multiply(BigDecimal.valueOf(quantity))
                        .multiply(BigDecimal.valueOf(100 - discountPercent, 2))
                        .setScale(2, RoundingMode.HALF_UP);
                BigDecimal lineProfit = sales.subtract(cost[p].multiply(BigDecimal.valueOf(quantity)));
                boolean discountMissing = random.nextInt(25) == 0;
                if (discountPercent > 0 && !discountMissing) {
                    discountedLines++;
                }
                expected.line(order, customer, product, date, quantity, sales, customerSegment[c]);
                profit = profit.add(lineProfit);
                String productName = "Item " + (1000 + p) + (p % 5 == 0 ? ", \"Deluxe\" edition" : "");
                lines.add(String.join(
                        ",",
                        Integer.toString(++row),
                        order,
                        DAY_MONTH_YEAR.format(date),
                        DAY_MONTH_YEAR.format(date.plusDays(2 + random.nextInt(4))),
                        row % 3 == 0 ? "First Class" : "Standard Class",
                        customer,
                        "Customer " + c,
                        customerSegment[c],
                        "United States",
                        customerRegion[c],
                        product,
                        CATEGORIES[p % 3],
                        csv(productName),
                        sales.toPlainString(),
                        Integer.toString(quantity),
                        discountMissing
                                ? "NA"
                                : BigDecimal.valueOf(discountPercent, 2).toPlainString(),
                        lineProfit.toPlainString()));
            }
        }
        try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write("Row ID,Order ID,Order Date,Ship Date,Ship Mode,Customer ID,Customer Name,Segment,Country,Region,"
                    + "Product ID,Category,Product Name,Sales,Quantity,Discount,Profit\n");
            for (String line : lines) {
                out.write(line);
                out.write('\n');
            }
        }
    }

    private static String csv(String value) {
        return value.contains(",") || value.contains("\"") ? '"' + value.replace("\"", "\"\"") + '"' : value;
    }
}
