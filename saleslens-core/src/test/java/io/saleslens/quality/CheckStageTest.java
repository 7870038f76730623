package io.saleslens.quality;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.saleslens.SalesLens;
import io.saleslens.engine.DuckDbEngine;
import io.saleslens.run.ProgressListener;
import io.saleslens.run.RunOptions;
import io.saleslens.run.RunResult;
import io.saleslens.spec.Presets;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The crm-erp checks on the sample, each count measured again here with its own query over the raw CSV. */
class CheckStageTest {
    private static final Path SAMPLE =
            Path.of("../examples/crm-erp").toAbsolutePath().normalize();
    private static RunResult result;
    private static DuckDbEngine raw;

    @TempDir
    static Path out;

    @BeforeAll
    static void validate() {
        result =
                SalesLens.validate(new RunOptions(Presets.load("crm-erp"), SAMPLE, out, null), ProgressListener.SILENT);
        raw = new DuckDbEngine(out.resolve("raw-spill"), null);
    }

    private static long count(String file, String where) {
        return raw.queryLong(
                "SELECT count(*) FROM read_csv('" + SAMPLE.resolve(file) + "', all_varchar = true) WHERE " + where);
    }

    private static JsonNode check(String id) {
        for (JsonNode check : result.quality().path("checks")) {
            if (check.path("id").asText().equals(id)) {
                return check;
            }
        }
        throw new AssertionError("no check " + id);
    }

    private static void assertFails(String id, long expected) {
        assertThat(check(id).path("failed").asLong()).as(id).isEqualTo(expected).isPositive();
        assertThat(check(id).path("passed").asBoolean()).as(id).isFalse();
        assertThat(check(id).path("samples").size()).as(id).isBetween(1, 5);
    }

    @Test
    void customerDefectsAreFoundWithTheirCounts() {
        String customers = "source_crm/cust_info.csv";
        assertFails("cust_info.cst_id.required", count(customers, "nullif(trim(cst_id), '') IS NULL"));
        assertFails(
                "cust_info.cst_id.unique",
                raw.queryLong("SELECT count(cst_id) - count(DISTINCT cst_id) FROM read_csv('"
                        + SAMPLE.resolve(customers) + "', all_varchar = true)"));
        assertFails("cust_info.cst_firstname.pattern", count(customers, "cst_firstname <> trim(cst_firstname)"));
        assertFails("cust_info.cst_lastname.pattern", count(customers, "cst_lastname <> trim(cst_lastname)"));
        assertFails(
                "cust_info.cst_marital_status.not_null",
                count(customers, "nullif(trim(cst_marital_status), '') IS NULL"));
        assertFails("cust_info.cst_gndr.not_null", count(customers, "nullif(trim(cst_gndr), '') IS NULL"));
    }

    @Test
    void salesDefectsAreFoundWithTheirCounts() {
        String sales = "source_crm/sales_details.csv";
        assertFails(
                "sales_details.sls_order_dt.valid_date",
                count(sales, "sls_order_dt = '0' OR length(sls_order_dt) <> 8"));
        assertFails("sales_details.sls_sales.not_null", count(sales, "sls_sales IS NULL"));
        assertFails("sales_details.sls_sales.range", count(sales, "CAST(sls_sales AS INTEGER) <= 0"));
        assertFails(
                "sales_details.sls_sales.consistency",
                count(
                        sales,
                        "CAST(sls_sales AS INTEGER) <> CAST(sls_quantity AS INTEGER) * abs(CAST(sls_price AS INTEGER))"));
        assertFails("sales_details.sls_price.not_null", count(sales, "sls_price IS NULL"));
        assertFails("sales_details.sls_price.range", count(sales, "CAST(sls_price AS INTEGER) <= 0"));
    }

    @Test
    void productAndErpDefectsAreFoundWithTheirCounts() {
        String products = "source_crm/prd_info.csv";
        assertFails(
                "prd_info.prd_end_dt.consistency",
                count(products, "CAST(prd_end_dt AS DATE) < CAST(prd_start_dt AS DATE)"));
        assertFails("prd_info.prd_cost.not_null", count(products, "prd_cost IS NULL"));
        assertFails("prd_info.prd_line.not_null", count(products, "trim(coalesce(prd_line, '')) = ''"));
        assertFails("prd_info.category_id.referential", count(products, "substr(prd_key, 1, 5) = 'CO-PE'"));
        assertFails(
                "cust_az12.BDATE.valid_date",
                count(
                        "source_erp/CUST_AZ12.csv",
                        "CAST(BDATE AS DATE) > current_date OR CAST(BDATE AS DATE) < DATE '1924-01-01'"));
        assertFails(
                "cust_az12.GEN.accepted_values",
                count("source_erp/CUST_AZ12.csv", "coalesce(trim(GEN), '') NOT IN ('Male', 'Female')"));
        assertFails(
                "loc_a101.CNTRY.accepted_values",
                count("source_erp/LOC_A101.csv", "coalesce(trim(CNTRY), '') IN ('US', 'USA', 'DE', '')"));
    }

    @Test
    void theScoreIsBelowOneAndEveryCheckIsReported() {
        JsonNode score = result.quality().path("score");
        assertThat(score.path("overall").asDouble()).isLessThan(1.0).isGreaterThan(0.0);
        assertThat(result.quality().path("checks").size())
                .isEqualTo(score.path("checks").asInt());
        assertThat(result.quality()
                        .path("profile")
                        .path("sales_details")
                        .path("sls_sales")
                        .path("top")
                        .size())
                .isEqualTo(5);
        assertThat(check("px_cat_g1v2.ID.unique").path("source").asText()).isEqualTo("PX_CAT_G1V2");
    }
}
