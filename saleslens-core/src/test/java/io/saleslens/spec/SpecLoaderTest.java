package io.saleslens.spec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.saleslens.error.ErrorCategory;
import io.saleslens.error.ErrorCode;
import io.saleslens.error.SalesLensException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SpecLoaderTest {

    @Test
    void loadsTheCrmErpPresetWithItsMapsDerivationsAndRepairsInOrder() {
        DatasetSpec spec = Presets.load("crm-erp");
        assertThat(spec.sources())
                .containsOnlyKeys("cust_info", "prd_info", "sales_details", "cust_az12", "loc_a101", "px_cat_g1v2");
        EntitySpec customer = spec.entity(DatasetSpec.CUSTOMER);
        assertThat(customer.dedupe()).isEqualTo(new DedupeSpec(DedupePolicy.LATEST, "create_date"));
        assertThat(customer.columns().get("marital_status").map())
                .containsEntry("M", "Married")
                .containsEntry("S", "Single");
        assertThat(customer.enrich().get(0).sourceKeyExpression()).isEqualTo("regexp_replace(CID, '^NAS', '')");
        assertThat(customer.enrich().get(0).columns().get("gender").onlyWhereMissing())
                .isTrue();
        assertThat(spec.entity(DatasetSpec.PRODUCT)
                        .columns()
                        .get("product_number")
                        .expr())
                .isEqualTo("substr(trim(prd_key), 7)");
        assertThat(spec.entity(DatasetSpec.SALE).columns().get("order_date").format())
                .isEqualTo("yyyyMMdd");
        assertThat(spec.entity(DatasetSpec.SALE).repairs().keySet()).containsExactly("sales_amount", "unit_price");
        assertThat(spec.segments()).containsExactly("marital_status", "gender", "country");
    }

    @Test
    void withDedupeChangesEveryDeduplicatingEntityAndKeepsTheOrderColumn() {
        DatasetSpec spec = Presets.load("crm-erp").withDedupe(DedupePolicy.FIRST);
        assertThat(spec.entity(DatasetSpec.CUSTOMER).dedupe())
                .isEqualTo(new DedupeSpec(DedupePolicy.FIRST, "create_date"));
        assertThat(spec.entity(DatasetSpec.SALE).dedupe()).isNull();
    }

    @Test
    void anUnknownFieldNamesItsLineAndTheKnownFields() {
        String yaml = "name: x\nsources:\n  a: { path: a.csv, delimeter: ';' }\n";
        assertThatThrownBy(() -> parse(yaml))
                .isInstanceOf(SalesLensException.class)
                .hasMessageContaining("test.yaml line 3: unknown field 'delimeter'")
                .hasMessageContaining("delimiter");
    }

    @Test
    void aMissingEntityIsAUserError() {
        String yaml = "name: x\nsources:\n  a: { path: a.csv }\nentities:\n  customer:\n    from: a\n    columns:\n"
                + "      customer_id: { from: id }\n";
        assertThatThrownBy(() -> parse(yaml))
                .isInstanceOf(SalesLensException.class)
                .hasMessage("test.yaml: the spec has no 'product' entity; add one under 'entities'")
                .extracting(e -> ((SalesLensException) e).category())
                .isEqualTo(ErrorCategory.USER_ERROR);
    }

    @Test
    void aColumnWithBothFromAndExprIsRejectedWithItsLine() {
        String yaml = "name: x\nsources:\n  a: { path: a.csv }\nentities:\n  customer:\n    from: a\n    columns:\n"
                + "      customer_id: { from: id, expr: 'id' }\n";
        assertThatThrownBy(() -> parse(yaml))
                .isInstanceOf(SalesLensException.class)
                .hasMessageContaining("test.yaml line 8")
                .hasMessageContaining("exactly one of 'from' or 'expr'");
    }

    @Test
    void anUnknownDedupePolicyIsNamed() {
        assertThatThrownBy(() -> DedupePolicy.parse("newest"))
                .isInstanceOf(SalesLensException.class)
                .hasMessage("unknown dedupe policy 'newest' (use latest, first or last)")
                .extracting(e -> ((SalesLensException) e).code())
                .isEqualTo(ErrorCode.SPEC_INVALID);
    }

    @Test
    void aMissingSpecFileIsAUserError(@TempDir Path dir) {
        Path missing = dir.resolve("nope.yaml");
        assertThatThrownBy(() -> SpecLoader.load(missing))
                .isInstanceOf(SalesLensException.class)
                .hasMessage(missing + ": spec file not found; check the --spec path");
    }

    @Test
    void detectsTheCrmErpLayoutByItsFiles(@TempDir Path dir) throws IOException {
        assertThat(Presets.detect(dir)).isEmpty();
        for (String file : Presets.load("crm-erp").detect()) {
            Files.createDirectories(dir.resolve(file).getParent());
            Files.writeString(dir.resolve(file), "x\n");
        }
        assertThat(Presets.detect(dir)).map(DatasetSpec::name).contains("crm-erp");
    }

    /** A deal spec: sales without quantity or unit price, and a pipeline whose part {@code pipeline} replaces. */
    private static String dealSpec(String pipeline) {
        return "name: deals\nsources:\n  d: { path: d.csv }\nentities:\n"
                + "  customer: { from: d, columns: { customer_id: { from: account } } }\n"
                + "  product: { from: d, columns: { product_number: { expr: \"'Deals'\" } } }\n"
                + "  sale: { from: d, where: \"stage IN ('Won')\", columns: { order_number: { from: id }, product_number: { expr: \"'Deals'\" },"
                + " customer_id: { from: account }, order_date: { from: closed, type: date }, sales_amount: { from: amount, type: decimal },"
                + " stage: { from: stage } } }\n"
                + "pipeline:\n" + pipeline;
    }

    private static final String PIPELINE =
            "  from: d\n  won_stages: [Won]\n  lost_stages: [Lost]\n  open_stages: [Open]\n"
                    + "  columns: { deal_id: { from: id }, stage: { from: stage }, amount: { from: amount, type: decimal } }\n";

    @Test
    void aSaleWithoutQuantityAndUnitPriceAndAPipelineLoad() throws IOException {
        DatasetSpec spec = parse(dealSpec(PIPELINE));

        assertThat(spec.entity(DatasetSpec.SALE).columns()).doesNotContainKeys("quantity", "unit_price");
        assertThat(spec.pipeline().columns()).containsOnlyKeys("deal_id", "stage", "amount");
        assertThat(spec.pipeline().probabilityScale()).isEqualTo("percent");
    }

    @Test
    void aPipelineOverAnUnknownSourceIsNamed() {
        assertThatThrownBy(() -> parse(dealSpec(PIPELINE.replace("from: d\n", "from: deals\n"))))
                .isInstanceOf(SalesLensException.class)
                .hasMessage("test.yaml: pipeline reads source 'deals', which is not under 'sources'");
    }

    @Test
    void aPipelineWithoutAnAmountSaysWhatToWrite() {
        assertThatThrownBy(() -> parse(dealSpec(PIPELINE.replace(", amount: { from: amount, type: decimal }", ""))))
                .isInstanceOf(SalesLensException.class)
                .hasMessage("test.yaml: pipeline needs a column 'amount'; add it under pipeline.columns, such as"
                        + " amount: { from: <the export's column> }");
    }

    @Test
    void aTextAmountIsRejected() {
        assertThatThrownBy(() -> parse(dealSpec(
                        PIPELINE.replace("amount: { from: amount, type: decimal }", "amount: { from: amount }"))))
                .isInstanceOf(SalesLensException.class)
                .hasMessage(
                        "test.yaml: pipeline column 'amount' is text; write type: decimal (with its format) so that it is read as a number");
    }

    @Test
    void aStageInTwoListsIsRejected() {
        assertThatThrownBy(() -> parse(dealSpec(PIPELINE.replace("open_stages: [Open]", "open_stages: [Open, Won]"))))
                .isInstanceOf(SalesLensException.class)
                .hasMessage(
                        "test.yaml: pipeline stage 'Won' is in both open_stages and won_stages; keep it in one list");
    }

    @Test
    void anUnknownPipelineColumnListsTheDealColumns() {
        assertThatThrownBy(() -> parse(dealSpec(
                        PIPELINE.replace("stage: { from: stage },", "stage: { from: stage }, rep: { from: owner },"))))
                .isInstanceOf(SalesLensException.class)
                .hasMessageStartingWith(
                        "test.yaml: pipeline column 'rep' is not a deal column; use deal_id, stage, amount or probability,");
    }

    @Test
    void theDealPresetsLoad() {
        assertThat(Presets.load("salesforce-opportunities").pipeline().openStages())
                .hasSize(8)
                .contains("Negotiation/Review");
        assertThat(Presets.load("hubspot-deals").pipeline().probabilityScale()).isEqualTo("fraction");
    }

    private static DatasetSpec parse(String yaml) throws IOException {
        return SpecLoader.parse(new ByteArrayInputStream(yaml.getBytes(StandardCharsets.UTF_8)), "test.yaml");
    }
}
