package io.saleslens.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class DepartmentReportTest {

    @Test
    void theDataEngineeringReportListsEveryFailingCheckWithARecommendation() {
        String report = new DepartmentReport(ReportFixtures.shipped("data-engineering")).render(ReportFixtures.input());

        assertThat(report)
                .contains(
                        "| sale.order\\_date.valid | sales\\_details | sls\\_order\\_dt | valid yyyyMMdd date | validity | repair | 4 | 40 | 90.0% | set empty | line 17: 0; line 23: 32154 |")
                .contains(
                        "| customer.id.present | cust\\_info | cst\\_id | not null | completeness | quarantine | 3 | 20 | 85.0% | quarantine | line 5: (empty) |")
                .doesNotContain("product.key.unique")
                .contains("**Quality score:** 93.0% overall.", "| validity | 90.0% |")
                .contains(
                        "**Add a constraint:** add a type, format or range constraint on sls\\_order\\_dt in sales\\_details, so the 4 invalid")
                .contains(
                        "**Fill at source:** make the export of cust\\_info fill cst\\_id; 3 rows lacked it this run.")
                .contains("| ingest | 1,234 | 60 |");
    }

    @Test
    void everyNumberOfAFixtureReportHasASource() {
        ReportInput input = ReportFixtures.input();
        NumberProvenance provenance = new NumberProvenance(
                input.runId(),
                List.of(
                        input.metrics(),
                        input.quality(),
                        ReportFixtures.json("[{'name': 'ingest', 'ms': 1234, 'rows': 60}]")));
        for (String department : DepartmentProfiles.SHIPPED) {
            String report = new DepartmentReport(ReportFixtures.shipped(department)).render(input);
            assertThat(provenance.unsourced(report)).as(department).isEmpty();
        }
    }

    @Test
    void actionsFollowOnlyFromInsightsThatSupportThem() {
        String sales = new DepartmentReport(ReportFixtures.shipped("sales")).render(ReportFixtures.input());

        assertThat(sales)
                .contains("**Segmented outreach:** lead with the Single (S) segment (AOV $375.00)")
                .doesNotContain("Win-back calls", "Seasonal quotas")
                .contains("Seasonality was not tested in this run", "Measured data quality score: 93.0%");
    }

    @Test
    void escapesValuesFromTheData() {
        String product = new DepartmentReport(ReportFixtures.shipped("product")).render(ReportFixtures.input());

        assertThat(product).contains("&lt;script&gt;alert(1)&lt;/script&gt;").doesNotContain(ReportFixtures.SCRIPT);
    }
}
