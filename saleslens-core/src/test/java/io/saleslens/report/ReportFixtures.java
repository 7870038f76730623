package io.saleslens.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.saleslens.insight.Insight;
import io.saleslens.insight.InsightInput;
import io.saleslens.insight.InsightRanking;
import io.saleslens.stage.StageTiming;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Hand-made run documents for report tests; single quotes stand for double quotes. */
final class ReportFixtures {
    static final String SCRIPT = "<script>alert(1)</script>";
    private static final ObjectMapper JSON = new ObjectMapper();

    static final String METRICS =
            "{'totals': {'sales_records': 40, 'orders': 20, 'customers': 12, 'customers_with_orders': 10,"
                    + " 'products_in_catalog': 9, 'products_sold': 3, 'revenue': 5000.0, 'units': 50, 'avg_order_value': 250.0, 'avg_unit_price': 100.0,"
                    + " 'lines_per_order': 2.0, 'first_order_date': '2013-01-01', 'last_order_date': '2013-03-31', 'undated_records': 0},"
                    + " 'segments': {'attribute': 'marital_status', 'rows': ["
                    + "{'code': 'M', 'label': 'Married', 'customers': 6, 'orders': 12, 'units': 30, 'revenue': 2000.0, 'revenue_share': 0.4, 'avg_order_value': 166.67, 'avg_unit_price': 66.67},"
                    + "{'code': 'S', 'label': 'Single', 'customers': 4, 'orders': 8, 'units': 20, 'revenue': 3000.0, 'revenue_share': 0.6, 'avg_order_value': 375.0, 'avg_unit_price': 150.0}],"
                    + " 'sales_without_customer': {'sales_records': 0, 'revenue': 0.0}},"
                    + " 'products_top': [{'product_number': 'P1', 'product_name': '" + SCRIPT
                    + "', 'category': 'Bikes', 'revenue': 4000.0, 'units': 10, 'orders': 10, 'revenue_share': 0.8}],"
                    + " 'categories': [{'category': 'Bikes', 'revenue': 4000.0, 'units': 10, 'orders': 10, 'revenue_share': 0.8},"
                    + " {'category': 'Clothing', 'revenue': 1000.0, 'units': 40, 'orders': 15, 'revenue_share': 0.2}],"
                    + " 'monthly': [{'month': '2013-01', 'revenue': 1000.0, 'orders': 5, 'avg_order_value': 200.0, 'partial': false},"
                    + " {'month': '2013-02', 'revenue': 1500.0, 'orders': 7, 'avg_order_value': 214.29, 'partial': false},"
                    + " {'month': '2013-03', 'revenue': 2500.0, 'orders': 8, 'avg_order_value': 312.5, 'partial': false}],"
                    + " 'pipeline': " + ReportFixtures.PIPELINE + "}";
    /** The pipeline figures of deal data, as PipelineMetrics writes them. */
    static final String PIPELINE =
            "{'deals': 31, 'classes': {'won': {'deals': 20, 'amount': 5000.0, 'deals_without_amount': 2},"
                    + " 'lost': {'deals': 6, 'amount': 2750.0, 'deals_without_amount': 0}, 'open': {'deals': 4, 'amount': 1800.0, 'deals_without_amount': 1},"
                    + " 'unclassified': {'deals': 1, 'amount': 0.0, 'deals_without_amount': 1}},"
                    + " 'unclassified_stages': [{'stage': 'Stalled', 'deals': 1, 'amount': 0.0}],"
                    + " 'win_rate': {'closed_deals': 26, 'by_count': 0.769231, 'by_value': 0.645161},"
                    + " 'won_revenue': 5000.0, 'average_won_deal': {'value': 277.78},"
                    + " 'open_pipeline': {'deals': 4, 'amount': 1800.0, 'deals_without_amount': 1, 'weighted': 1130.0, 'deals_without_probability': 0,"
                    + " 'by_stage': [{'stage': 'Prospecting', 'deals': 1, 'amount': 300.0, 'deals_without_amount': 0, 'weighted': 30.0},"
                    + " {'stage': 'Negotiation', 'deals': 3, 'amount': 1500.0, 'deals_without_amount': 1, 'weighted': 1100.0},"
                    + " {'stage': 'Qualification', 'deals': 0, 'amount': 0.0, 'deals_without_amount': 0, 'weighted': null}]},"
                    + " 'sales_cycle_days': {'deals': 17, 'median': 41.5, 'p90': 96.2},"
                    + " 'by': {'owner': [{'owner': 'Ana Lopez', 'deals': 18, 'won_deals': 12, 'lost_deals': 2, 'open_deals': 4,"
                    + " 'won_revenue': 3500.0, 'win_rate': 0.857143, 'open_pipeline': 1800.0, 'weighted_pipeline': 1130.0},"
                    + " {'owner': 'Ben Okafor', 'deals': 13, 'won_deals': 8, 'lost_deals': 4, 'open_deals': 0,"
                    + " 'won_revenue': 1500.0, 'win_rate': 0.666667, 'open_pipeline': 0.0, 'weighted_pipeline': null}]}}";

    static final String QUALITY =
            "{'summary': {'rows_in': 60, 'rows_out': 55, 'quarantined': 3, 'duplicates_merged': 2, 'repaired': 1},"
                    + " 'score': {'overall': 0.93, 'by_dimension': {'validity': 0.9, 'completeness': 0.97}},"
                    + " 'checks': ["
                    + "{'id': 'sale.order_date.valid', 'source': 'sales_details', 'column': 'sls_order_dt', 'rule': 'valid yyyyMMdd date',"
                    + " 'dimension': 'validity', 'severity': 'repair', 'action': 'set empty', 'failed': 4, 'total': 40, 'pass_rate': 0.9,"
                    + " 'samples': [{'line': 17, 'value': '0'}, {'line': 23, 'value': '32154'}]},"
                    + "{'id': 'customer.id.present', 'source': 'cust_info', 'column': 'cst_id', 'rule': 'not null', 'dimension': 'completeness',"
                    + " 'severity': 'quarantine', 'action': 'quarantine', 'failed': 3, 'total': 20, 'pass_rate': 0.85, 'samples': [{'line': 5, 'value': null}]},"
                    + "{'id': 'product.key.unique', 'source': 'prd_info', 'column': 'prd_key', 'rule': 'unique', 'dimension': 'uniqueness',"
                    + " 'severity': 'warn', 'action': 'keep latest', 'failed': 0, 'total': 9, 'pass_rate': 1.0, 'samples': []}],"
                    + " 'cleaning': {'sale': {'entity': 'sale', 'source': 'sales_details', 'rows_in': 40, 'repairs_by_rule': {'sale.sales_amount': 1},"
                    + " 'invalid_by_column': {'order_date': 4}}},"
                    + " 'row_accounting': {'sales_details': {'rows_in': 40, 'rows_out': 40, 'duplicates_merged': 0, 'quarantined': 0, 'repaired': 1},"
                    + " 'cust_info': {'rows_in': 20, 'rows_out': 15, 'duplicates_merged': 2, 'quarantined': 3, 'repaired': 0}}}";

    private ReportFixtures() {}

    static JsonNode json(String text) {
        try {
            return JSON.readTree(text.replace('\'', '"'));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A report input as the pipeline builds it: the insight rules run over the fixture documents first. */
    static ReportInput input() {
        ObjectNode metrics = (ObjectNode) json(METRICS);
        metrics.putObject("segments_by").set("marital_status", metrics.get("segments"));
        JsonNode quality = json(QUALITY);
        List<Insight> insights =
                InsightRanking.standard().rank(new InsightInput(metrics, quality, metrics.putObject("insights")));
        return new ReportInput(
                "20260124_231016_#6470e523",
                "fixture",
                metrics,
                quality,
                insights,
                List.of(new StageTiming("ingest", 1234, 60)),
                Set.of());
    }

    static DepartmentProfile shipped(String name) {
        return new DepartmentProfiles(InsightRanking.standard().types())
                .load(Optional.empty(), List.of(name))
                .get(0);
    }
}
