package io.saleslens.generate;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SalesDataGeneratorTest {
    private static final long LINES = 5_000;
    /** High enough that every kind of defect shows up many times in 5,000 lines. */
    private static final double DIRT_RATE = 0.05;

    private static final Path SAMPLE = Path.of("..", "examples", "crm-erp");
    private static final List<String> FILES = List.of(
            "source_crm/cust_info.csv",
            "source_crm/prd_info.csv",
            "source_crm/sales_details.csv",
            "source_erp/CUST_AZ12.csv",
            "source_erp/LOC_A101.csv",
            "source_erp/PX_CAT_G1V2.csv");

    @TempDir
    static Path directory;

    private static GenerationTruth truth;

    @BeforeAll
    static void generate() throws IOException {
        truth = SalesDataGenerator.generate(options(directory.resolve("dirty"), 7, DIRT_RATE));
    }

    @Test
    void writesTheSampleHeaders() throws IOException {
        for (String file : FILES) {
            String sampleHeader = Files.readAllLines(SAMPLE.resolve(file)).get(0);
            assertThat(read(file).header()).as(file).isEqualTo(sampleHeader);
        }
        assertThat(read("source_crm/sales_details.csv").header())
                .isEqualTo("sls_ord_num,sls_prd_key,sls_cust_id,sls_order_dt,sls_ship_dt,sls_due_dt,"
                        + "sls_sales,sls_quantity,sls_price");
    }

    @Test
    void endsRowsWithCarriageReturnAndLineFeedLikeTheSample() throws IOException {
        String text = Files.readString(directory.resolve("dirty/source_crm/sales_details.csv"));
        assertThat(text).endsWith("\r\n");
        assertThat(text.split("\n")).allMatch(line -> line.endsWith("\r"));
    }

    @Test
    void rowCountsMatchTheTruth() throws IOException {
        assertThat(truth.rowsByFile()).containsOnlyKeys(FILES);
        for (String file : FILES) {
            assertThat((long) read(file).rows().size())
                    .as(file)
                    .isEqualTo(truth.rowsByFile().get(file));
        }
        assertThat(truth.salesRecords()).isEqualTo(LINES);
    }

    @Test
    void totalsRecomputedAfterRepairMatchTheTruth() throws IOException {
        List<String[]> sales = read("source_crm/sales_details.csv").rows();
        long revenue = 0;
        long units = 0;
        for (String[] row : sales) {
            long quantity = Long.parseLong(row[7]);
            Long price = number(row[8]);
            Long amount = number(row[6]);
            boolean amountWrong =
                    amount == null || amount <= 0 || (price != null && amount != quantity * Math.abs(price));
            revenue += amountWrong ? quantity * Math.abs(price) : amount;
            units += quantity;
        }
        assertThat(revenue).isEqualTo(truth.revenue());
        assertThat(units).isEqualTo(truth.units());
        assertThat(distinct(sales, 0)).isEqualTo(truth.orders());
        assertThat(distinct(sales, 2)).isEqualTo(truth.customersWithOrders());
        assertThat(distinct(sales, 1)).isEqualTo(truth.productsSold());
        List<String[]> customers = read("source_crm/cust_info.csv").rows();
        assertThat(customers.stream()
                        .map(row -> row[0])
                        .filter(id -> !id.isEmpty())
                        .distinct()
                        .count())
                .isEqualTo(truth.customers());
        List<String[]> products = read("source_crm/prd_info.csv").rows();
        assertThat(products.stream().map(row -> row[1].substring(6)).distinct().count())
                .isEqualTo(truth.productsInCatalog());
    }

    @Test
    void firstAndLastOrderDatesAreAmongValidDates() throws IOException {
        List<LocalDate> valid = read("source_crm/sales_details.csv").rows().stream()
                .map(row -> row[3])
                .filter(date -> date.length() == 8)
                .map(date -> DateInts.toLocalDate(Integer.parseInt(date)))
                .sorted()
                .toList();
        assertThat(truth.firstOrderDate()).isEqualTo(valid.get(0));
        assertThat(truth.lastOrderDate()).isEqualTo(valid.get(valid.size() - 1));
        assertThat(truth.firstOrderDate()).isAfterOrEqualTo(GeneratorOptions.DEFAULT_START_DATE);
        assertThat(truth.lastOrderDate()).isBefore(GeneratorOptions.DEFAULT_START_DATE.plusMonths(36));
    }

    @Test
    void plantedDefectsRecountedFromTheFilesMatchTheTruth() throws IOException {
        List<String[]> customers = read("source_crm/cust_info.csv").rows();
        Map<String, Long> rowsPerId = customers.stream()
                .filter(row -> !row[0].isEmpty())
                .collect(Collectors.groupingBy(row -> row[0], Collectors.counting()));
        List<String[]> sales = read("source_crm/sales_details.csv").rows();
        DefectCounts recounted = new DefectCounts(
                rowsPerId.values().stream().filter(count -> count > 1).count(),
                customers.stream().filter(row -> row[0].isEmpty()).count(),
                sales.stream().filter(row -> row[3].length() != 8).count(),
                sales.stream()
                        .filter(SalesDataGeneratorTest::inconsistentAmount)
                        .count(),
                sales.stream()
                        .filter(row -> row[8].isEmpty() || Long.parseLong(row[8]) <= 0)
                        .count(),
                customers.stream()
                        .filter(row -> padded(row[2]) || padded(row[3]))
                        .count(),
                read("source_erp/LOC_A101.csv").rows().stream()
                        .filter(row -> Set.of("US", "USA", "DE", "").contains(row[1]))
                        .count(),
                read("source_erp/CUST_AZ12.csv").rows().stream()
                        .filter(row -> Set.of("M", "F").contains(row[2]))
                        .count());
        assertThat(recounted).isEqualTo(truth.defects());
        assertThat(rowsPerId.values()).allMatch(count -> count <= 2);
        assertThat(recounted).satisfies(counts -> {
            assertThat(counts.duplicateCustomerIds()).isPositive();
            assertThat(counts.missingCustomerIds()).isPositive();
            assertThat(counts.invalidOrderDates()).isPositive();
            assertThat(counts.inconsistentSalesAmounts()).isPositive();
            assertThat(counts.invalidPrices()).isPositive();
            assertThat(counts.paddedStrings()).isPositive();
            assertThat(counts.variantSpellings()).isPositive();
        });
    }

    @Test
    void duplicateRowsLoseToTheRealRowByCreateDate() throws IOException {
        List<String[]> customers = read("source_crm/cust_info.csv").rows();
        for (int i = 0; i + 1 < customers.size(); i++) {
            String[] first = customers.get(i);
            String[] second = customers.get(i + 1);
            if (!first[0].isEmpty() && first[0].equals(second[0])) {
                assertThat(first[6]).isLessThan(second[6]);
                assertThat(second[2].strip()).isNotEmpty();
            }
        }
    }

    @Test
    void everyKeyJoinsAcrossTheFiles() throws IOException {
        Set<String> customerKeys = read("source_crm/cust_info.csv").rows().stream()
                .filter(row -> !row[0].isEmpty())
                .map(row -> row[1])
                .collect(Collectors.toSet());
        Set<String> customerIds = read("source_crm/cust_info.csv").rows().stream()
                .map(row -> row[0])
                .collect(Collectors.toSet());
        assertThat(read("source_crm/sales_details.csv").rows()).allMatch(row -> customerIds.contains(row[2]));
        assertThat(read("source_erp/CUST_AZ12.csv").rows().stream()
                        .map(row -> row[0].replaceFirst("^NAS", ""))
                        .collect(Collectors.toSet()))
                .isEqualTo(customerKeys);
        assertThat(read("source_erp/LOC_A101.csv").rows().stream()
                        .map(row -> row[0].replace("-", ""))
                        .collect(Collectors.toSet()))
                .isEqualTo(customerKeys);
        List<String[]> products = read("source_crm/prd_info.csv").rows();
        Set<String> salesKeys =
                products.stream().map(row -> row[1].substring(6)).collect(Collectors.toSet());
        assertThat(read("source_crm/sales_details.csv").rows()).allMatch(row -> salesKeys.contains(row[1]));
        Set<String> categories = read("source_erp/PX_CAT_G1V2.csv").rows().stream()
                .map(row -> row[0])
                .collect(Collectors.toSet());
        assertThat(products)
                .allMatch(row -> categories.contains(row[1].substring(0, 5).replace('-', '_')));
    }

    @Test
    void someProductsHaveSeveralVersions() throws IOException {
        Map<String, Long> versions = read("source_crm/prd_info.csv").rows().stream()
                .collect(Collectors.groupingBy(row -> row[1], Collectors.counting()));
        assertThat(versions.values()).anyMatch(count -> count > 1);
    }

    @Test
    void hasAboutOneCustomerPerThreeAndAHalfLines() {
        assertThat((double) truth.customers()).isBetween(LINES / 3.8, LINES / 2.9);
        assertThat(truth.orders()).isLessThan(truth.salesRecords());
        assertThat(truth.customers()).isLessThan(truth.orders());
    }

    @Test
    void writesTheTruthItReturns() throws IOException {
        assertThat(GenerationTruth.read(directory.resolve("dirty"))).isEqualTo(truth);
    }

    @Test
    void sameSeedGivesByteIdenticalFiles() throws IOException {
        Path again = directory.resolve("again");
        SalesDataGenerator.generate(options(again, 7, DIRT_RATE));
        for (String file : FILES) {
            assertThat(Files.mismatch(directory.resolve("dirty").resolve(file), again.resolve(file)))
                    .as(file)
                    .isEqualTo(-1L);
        }
        assertThat(Files.mismatch(directory.resolve("dirty/truth.json"), again.resolve("truth.json")))
                .isEqualTo(-1L);
    }

    @Test
    void anotherSeedGivesOtherData() throws IOException {
        Path other = directory.resolve("other-seed");
        SalesDataGenerator.generate(options(other, 8, DIRT_RATE));
        assertThat(Files.mismatch(
                        directory.resolve("dirty/source_crm/sales_details.csv"),
                        other.resolve("source_crm/sales_details.csv")))
                .isNotEqualTo(-1L);
    }

    @Test
    void noDirtGivesNoDefectsAndTheSameCleanTotals() throws IOException {
        Path clean = directory.resolve("clean");
        GenerationTruth cleanTruth = SalesDataGenerator.generate(options(clean, 7, 0));
        assertThat(cleanTruth.defects()).isEqualTo(new DefectCounts(0, 0, 0, 0, 0, 0, 0, 0));
        assertThat(cleanTruth.defects().total()).isZero();
        List<String[]> sales =
                CsvFile.read(clean.resolve("source_crm/sales_details.csv")).rows();
        assertThat(sales)
                .allMatch(row -> Long.parseLong(row[6]) == Long.parseLong(row[7]) * Long.parseLong(row[8])
                        && row[3].length() == 8);
        assertThat(cleanTruth.revenue()).isEqualTo(truth.revenue());
        assertThat(cleanTruth.units()).isEqualTo(truth.units());
        assertThat(cleanTruth.orders()).isEqualTo(truth.orders());
        assertThat(cleanTruth.customers()).isEqualTo(truth.customers());
        assertThat(cleanTruth.productsSold()).isEqualTo(truth.productsSold());
    }

    @Test
    void oneLineIsEnough() throws IOException {
        GenerationTruth tiny = SalesDataGenerator.generate(GeneratorOptions.builder(1, directory.resolve("tiny"))
                .dirtRate(0)
                .build());
        assertThat(tiny.salesRecords()).isEqualTo(1);
        assertThat(tiny.orders()).isEqualTo(1);
        assertThat(tiny.customers()).isEqualTo(1);
        assertThat(tiny.productsSold()).isEqualTo(1);
    }

    @Test
    void fullDirtLeavesNoValidDate() throws IOException {
        GenerationTruth filthy = SalesDataGenerator.generate(GeneratorOptions.builder(200, directory.resolve("filthy"))
                .dirtRate(1)
                .build());
        assertThat(filthy.defects().invalidOrderDates()).isEqualTo(200);
        assertThat(filthy.defects().inconsistentSalesAmounts()).isEqualTo(200);
        assertThat(filthy.firstValidOrderDate()).isEmpty();
        assertThat(GenerationTruth.read(directory.resolve("filthy"))).isEqualTo(filthy);
    }

    private static GeneratorOptions options(Path out, long seed, double dirtRate) {
        return GeneratorOptions.builder(LINES, out)
                .seed(seed)
                .dirtRate(dirtRate)
                .build();
    }

    private static CsvFile read(String file) throws IOException {
        return CsvFile.read(directory.resolve("dirty").resolve(file));
    }

    private static long distinct(List<String[]> rows, int column) {
        Set<String> values = new HashSet<>();
        rows.forEach(row -> values.add(row[column]));
        return values.size();
    }

    private static boolean inconsistentAmount(String[] row) {
        Long amount = number(row[6]);
        Long price = number(row[8]);
        long quantity = Long.parseLong(row[7]);
        return amount == null || amount <= 0 || (price != null && amount != quantity * Math.abs(price));
    }

    private static boolean padded(String value) {
        return !value.equals(value.strip());
    }

    private static Long number(String value) {
        return value.isEmpty() ? null : Long.valueOf(value);
    }
}
