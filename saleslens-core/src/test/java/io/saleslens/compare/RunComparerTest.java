package io.saleslens.compare;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.saleslens.catalog.Grain;
import io.saleslens.compare.Comparison.CheckChange;
import io.saleslens.compare.Comparison.MemberRank;
import io.saleslens.compare.Comparison.MetricChange;
import io.saleslens.compare.Comparison.SchemaChange;
import io.saleslens.stage.InputFile;
import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;

class RunComparerTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    private static final String BEFORE_METRICS = "{'totals': {'revenue': 1000.0, 'orders': 0, 'sales_records': 40,"
            + " 'last_order_date': '2014-01-28'},"
            + " 'countries': [{'country': 'Australia', 'revenue': 600.0}, {'country': 'Canada', 'revenue': 300.0},"
            + " {'country': 'France', 'revenue': 100.0}]}";
    private static final String AFTER_METRICS = "{'totals': {'revenue': 800.0, 'orders': 5, 'sales_records': 42,"
            + " 'last_order_date': '2014-02-04'},"
            + " 'countries': [{'country': 'Canada', 'revenue': 350.0}, {'country': 'Australia', 'revenue': 250.0},"
            + " {'country': 'Germany', 'revenue': 200.0}]}";
    private static final String BEFORE_QUALITY = "{'score': {'overall': 0.9, 'checks_failed': 2}, 'checks': ["
            + "{'id': 'a.unique', 'passed': false, 'failed': 6, 'total': 100},"
            + "{'id': 'b.not_null', 'passed': true, 'failed': 0, 'total': 100},"
            + "{'id': 'c.range', 'passed': false, 'failed': 3, 'total': 100}],"
            + " 'row_accounting': {'a': {'rows_in': 100, 'rows_out': 94, 'quarantined': 0, 'duplicates_merged': 6}},"
            + " 'profile': {'a': {'id': {'min': 1, 'max': 9}, 'name': {'min': 'A', 'max': 'Z'}, 'old': {'min': 'x'}}},"
            + " 'ingest': {'a': {'encoding': 'utf-8', 'delimiter': ','}}}";
    private static final String AFTER_QUALITY = "{'score': {'overall': 0.85, 'checks_failed': 2}, 'checks': ["
            + "{'id': 'a.unique', 'passed': false, 'failed': 206, 'total': 300},"
            + "{'id': 'b.not_null', 'passed': false, 'failed': 4, 'total': 300},"
            + "{'id': 'c.range', 'passed': true, 'failed': 0, 'total': 300}],"
            + " 'row_accounting': {'a': {'rows_in': 300, 'rows_out': 94, 'quarantined': 0, 'duplicates_merged': 206}},"
            + " 'profile': {'a': {'id': {'min': 'A1', 'max': '9'}, 'name': {'min': 'A', 'max': 'Z'}, 'new': {'min': 2}}},"
            + " 'ingest': {'a': {'encoding': 'windows-1252', 'delimiter': ','}}}";

    private final Comparison comparison = RunComparer.standard()
            .compare(
                    run("before", BEFORE_METRICS, BEFORE_QUALITY, "sha-1"),
                    run("after", AFTER_METRICS, AFTER_QUALITY, "sha-2"));

    @Test
    void everyFigureHasItsChangeItsRelativeChangeAndWhetherItIsGoodNews() {
        MetricChange revenue = comparison.metric("totals.revenue").orElseThrow();
        // 800 - 1000 = -200, -200 / 1000 = -0.2; revenue going down is bad news.
        assertThat(revenue.before()).isEqualTo(1000.0);
        assertThat(revenue.after()).isEqualTo(800.0);
        assertThat(revenue.change()).isEqualTo(-200.0);
        assertThat(revenue.relativeChange()).isEqualTo(-0.2);
        assertThat(revenue.favourable()).isFalse();
        MetricChange orders = comparison.metric("totals.orders").orElseThrow();
        assertThat(orders.change()).isEqualTo(5.0);
        assertThat(orders.relativeChange()).isNull();
        assertThat(orders.favourable()).isTrue();
        // Order lines have no favourable direction.
        assertThat(comparison.metric("totals.sales_records").orElseThrow().favourable())
                .isNull();
        MetricChange lastOrder = comparison.metric("totals.last_order_date").orElseThrow();
        assertThat(lastOrder.beforeDate()).isEqualTo("2014-01-28");
        assertThat(lastOrder.change()).isEqualTo(7.0);
        // Fewer failing checks are good news; an unchanged count is neither.
        assertThat(comparison.metric("score.checks_failed").orElseThrow().favourable())
                .isNull();
    }

    @Test
    void membersThatMovedRankAppearedOrVanishedAndTheLargestFall() {
        Comparison.Ranking countries = comparison.ranking(Grain.COUNTRY).orElseThrow();

        assertThat(countries.largestDetractor()).isEqualTo("Australia");
        assertThat(countries.largestContributor()).isEqualTo("Canada");
        assertThat(countries.members())
                .extracting(MemberRank::member, MemberRank::beforeRank, MemberRank::afterRank, MemberRank::status)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("Canada", 2, 1, "moved"),
                        org.assertj.core.groups.Tuple.tuple("Australia", 1, 2, "moved"),
                        org.assertj.core.groups.Tuple.tuple("Germany", null, 3, "appeared"),
                        org.assertj.core.groups.Tuple.tuple("France", 3, null, "vanished"));
        assertThat(countries.member("Australia").orElseThrow().change()).isEqualTo(-350.0);
    }

    @Test
    void checksNewlyFailingResolvedOrWithAMovedFailingCount() {
        assertThat(comparison.checks().newlyFailing()).containsExactly("b.not_null");
        assertThat(comparison.checks().resolved()).containsExactly("c.range");
        assertThat(comparison.checks().failingCountMoved()).containsExactly("a.unique", "b.not_null", "c.range");
        assertThat(comparison.checks().changes())
                .filteredOn(c -> c.id().equals("a.unique"))
                .extracting(CheckChange::status, CheckChange::change)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("failing_count_moved", 200L));
    }

    @Test
    void rowsSchemaAndInputs() {
        assertThat(comparison.rowsPerSource().get(0).rowsInChange()).isEqualTo(200L);
        SchemaChange schema = comparison.schema().get(0);
        assertThat(schema.columnsAdded()).containsExactly("new");
        assertThat(schema.columnsRemoved()).containsExactly("old");
        assertThat(schema.typesChanged()).containsExactly(new Comparison.ValueChange("id", "number", "text"));
        assertThat(schema.readingChanged())
                .containsExactly(new Comparison.ValueChange("encoding", "utf-8", "windows-1252"));
        assertThat(comparison.inputs().identical()).isFalse();

        Comparison same = RunComparer.standard()
                .compare(
                        run("before", BEFORE_METRICS, BEFORE_QUALITY, "sha-1"),
                        run("again", BEFORE_METRICS, BEFORE_QUALITY, "sha-1"));
        assertThat(same.inputs().identical()).isTrue();
        assertThat(same.schema()).isEmpty();
        assertThat(same.checks().changes()).isEmpty();
    }

    @Test
    void theDocumentSaysWhenThereIsNothingToCompareWith() {
        Comparison nothing = RunComparer.standard()
                .nothingToCompare(run("first", AFTER_METRICS, AFTER_QUALITY, "sha"), "this is the first run");
        JsonNode json = CompareDocument.toJson(nothing);

        assertThat(json.path("comparable").asBoolean()).isFalse();
        assertThat(json.path("reason").asText()).isEqualTo("this is the first run");
        assertThat(json.path("previous_run_id").isNull()).isTrue();
        assertThat(CompareDocument.toJson(comparison).path("metrics"))
                .filteredOn(metric -> metric.path("key").asText().equals("totals.revenue"))
                .extracting(metric -> metric.path("unit").asText())
                .containsExactly("currency");
    }

    private static ComparedRun run(String id, String metrics, String quality, String sha) {
        return new ComparedRun(
                id, id, "sales", List.of(new InputFile("a", "a.csv", 1, sha)), json(metrics), json(quality));
    }

    private static JsonNode json(String text) {
        try {
            return JSON.readTree(text.replace('\'', '"'));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
