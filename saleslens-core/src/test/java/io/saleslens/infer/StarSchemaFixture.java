package io.saleslens.infer;

import java.io.IOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Writes a star schema as a BI model exports it: a fact file of order lines with surrogate keys and
 * yyyyMMdd date keys, a customer dimension in Windows-1252 with semicolons and accented names, a
 * product dimension and a date dimension, from a seeded Random, adding up what a correct run must report.
 */
final class StarSchemaFixture {
    static final String FACT = "FactInternetSales.csv";
    static final String CUSTOMERS = "DimCustomer.csv";
    static final String PRODUCTS = "DIM_Product.csv";
    static final String DATES = "DimDate.csv";
    static final Charset WINDOWS_1252 = Charset.forName("windows-1252");
    static final List<String> ACCENTED_NAMES =
            List.of("José", "Zoë", "François", "Müller", "Ñúñez", "Šimon", "Åsa", "Renée");

    final ExpectedFigures expected = new ExpectedFigures();
    int customersInFile;
    int productsInFile;
    BigDecimal cost = BigDecimal.ZERO;

    static StarSchemaFixture write(Path dir, long seed, int orders) throws IOException {
        StarSchemaFixture fixture = new StarSchemaFixture();
        fixture.generate(dir, new Random(seed), orders);
        return fixture;
    }

    private void generate(Path dir, Random random, int orderCount) throws IOException {
        customersInFile = 80;
        String[] marital = new String[customersInFile];
        List<String> customerLines = new ArrayList<>();
        for (int c = 0; c < customersInFile; c++) {
            int key = 11_000 + c;
            marital[c] = random.nextBoolean() ? "M" : "S";
            String first = ACCENTED_NAMES.get(random.nextInt(ACCENTED_NAMES.size()));
            String last = ACCENTED_NAMES.get(random.nextInt(ACCENTED_NAMES.size())) + "-" + c;
            String country = new String[] {"Deutschland", "France", "España", "Österreich"}[random.nextInt(4)];
            customerLines.add(String.join(
                    ";",
                    Integer.toString(key),
                    "AW" + String.format("%08d", key),
                    first,
                    last,
                    marital[c],
                    random.nextBoolean() ? "F" : "M",
                    country));
            expected.customer(Integer.toString(key), marital[c]);
        }
        write(
                dir.resolve(CUSTOMERS),
                WINDOWS_1252,
                ';',
                "CustomerKey;CustomerAlternateKey;FirstName;LastName;MaritalStatus;Gender;Country",
                customerLines);

        productsInFile = 40;
        BigDecimal[] price = new BigDecimal[productsInFile];
        BigDecimal[] unitCost = new BigDecimal[productsInFile];
        List<String> productLines = new ArrayList<>();
        for (int p = 0; p < productsInFile; p++) {
            price[p] = BigDecimal.valueOf(200 + random.nextInt(300_000), 2);
            unitCost[p] = price[p].multiply(BigDecimal.valueOf(60, 2)).setScale(4, RoundingMode.HALF_UP);
            String category = new String[] {"Bikes", "Accessories", "Clothing"}[p % 3];
            productLines.add(String.join(
                    ",",
                    Integer.toString(200 + p),
                    "BK-" + (5000 + p),
                    "\"Model " + p + ", size " + (40 + p % 8) + "\"",
                    category,
                    category + " sub " + (p % 4),
                    unitCost[p].toPlainString()));
        }
        write(
                dir.resolve(PRODUCTS),
                StandardCharsets.UTF_8,
                ',',
                "ProductKey,ProductAlternateKey,EnglishProductName,Category,Subcategory,StandardCost",
                productLines);

        DateTimeFormatter key = DateTimeFormatter.BASIC_ISO_DATE;
        LocalDate start = LocalDate.of(2022, 7, 1);
        List<String> dateLines = new ArrayList<>();
        for (LocalDate d = start; d.isBefore(start.plusDays(730)); d = d.plusDays(1)) {
            dateLines.add(String.join(
                    ",",
                    key.format(d),
                    d.toString(),
                    Integer.toString(d.getYear()),
                    Integer.toString(d.getMonthValue())));
        }
        write(
                dir.resolve(DATES),
                StandardCharsets.UTF_8,
                ',',
                "DateKey,FullDateAlternateKey,CalendarYear,MonthNumberOfYear",
                dateLines);

        List<String> factLines = new ArrayList<>();
        for (int o = 0; o < orderCount; o++) {
            String order = "SO" + (43_000 + o);
            int c = random.nextInt(customersInFile - 10);
            LocalDate date = start.plusDays(random.nextInt(720));
            int lines = 1 + random.nextInt(3);
            for (int l = 1; l <= lines; l++) {
                int p = random.nextInt(productsInFile - 5);
                int quantity = 1 + random.nextInt(4);
                BigDecimal sales = price[p].multiply(BigDecimal.valueOf(quantity));
                BigDecimal lineCost = unitCost[p].multiply(BigDecimal.valueOf(quantity));
                expected.line(
                        order,
                        Integer.toString(11_000 + c),
                        Integer.toString(200 + p),
                        date,
                        quantity,
                        sales,
                        marital[c]);
                cost = cost.add(lineCost);
                factLines.add(String.join(
                        ",",
                        order,
                        Integer.toString(l),
                        Integer.toString(200 + p),
                        Integer.toString(11_000 + c),
                        key.format(date),
                        key.format(date.plusDays(7)),
                        Integer.toString(quantity),
                        price[p].toPlainString(),
                        sales.toPlainString(),
                        lineCost.toPlainString()));
            }
        }
        write(
                dir.resolve(FACT),
                StandardCharsets.UTF_8,
                ',',
                "SalesOrderNumber,SalesOrderLineNumber,ProductKey,CustomerKey,"
                        + "OrderDateKey,ShipDateKey,OrderQuantity,UnitPrice,SalesAmount,TotalProductCost",
                factLines);
    }

    private static void write(Path file, Charset charset, char delimiter, String header, List<String> lines)
            throws IOException {
        try (Writer out = Files.newBufferedWriter(file, charset)) {
            out.write(header + "\r\n");
            for (String line : lines) {
                out.write(line + "\r\n");
            }
        }
    }
}
