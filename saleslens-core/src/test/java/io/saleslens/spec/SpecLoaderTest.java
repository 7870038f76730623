package io.saleslens.spec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.saleslens.error.ErrorCategory;
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
        assertThat(spec.sources()).containsOnlyKeys("cust_info", "prd_info", "sales_details", "cust_az12", "loc_a101", "px_cat_g1v2");
        EntitySpec customer = spec.entity(DatasetSpec.CUSTOMER);
        assertThat(customer.dedupe()).isEqualTo(new DedupeSpec(DedupePolicy.LATEST, "create_date"));
        assertThat(customer.columns().get("marital_status").map()).containsEntry("M", "Married").containsEntry("S", "Single");
        assertThat(customer.enrich().get(0).sourceKeyExpression()).isEqualTo("regexp_replace(CID, '^NAS', '')");
        assertThat(customer.enrich().get(0).columns().get("gender").onlyWhereMissing()).isTrue();
        assertThat(spec.entity(DatasetSpec.PRODUCT).columns().get("product_number").expr()).isEqualTo("substr(trim(prd_key), 7)");
        assertThat(spec.entity(DatasetSpec.SALE).columns().get("order_date").format()).isEqualTo("yyyyMMdd");
        assertThat(spec.entity(DatasetSpec.SALE).repairs().keySet()).containsExactly("sales_amount", "unit_price");
        assertThat(spec.segments()).containsExactly("marital_status", "gender", "country");
    }

    @Test
    void withDedupeChangesEveryDeduplicatingEntityAndKeepsTheOrderColumn() {
        DatasetSpec spec = Presets.load("crm-erp").withDedupe(DedupePolicy.FIRST);
        assertThat(spec.entity(DatasetSpec.CUSTOMER).dedupe()).isEqualTo(new DedupeSpec(DedupePolicy.FIRST, "create_date"));
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
                .extracting(e -> ((SalesLensException) e).category()).isEqualTo(ErrorCategory.USER_ERROR);
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
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("unknown dedupe policy 'newest' (use latest, first or last)");
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

    private static DatasetSpec parse(String yaml) throws IOException {
        return SpecLoader.parse(new ByteArrayInputStream(yaml.getBytes(StandardCharsets.UTF_8)), "test.yaml");
    }
}
