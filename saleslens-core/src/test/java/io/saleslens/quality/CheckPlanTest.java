package io.saleslens.quality;

import static org.assertj.core.api.Assertions.assertThat;

import io.saleslens.engine.DuckDbEngine;
import io.saleslens.spec.CheckAction;
import io.saleslens.spec.CheckRule;
import io.saleslens.spec.DatasetSpec;
import io.saleslens.spec.Presets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The checks of a spec: a row check or a table check for each rule, plus the required entity columns. */
class CheckPlanTest {
    @TempDir
    Path spill;

    private List<Check> plan(DatasetSpec spec) {
        try (DuckDbEngine engine = new DuckDbEngine(spill, null)) {
            return CheckPlan.of(spec, engine.dialect());
        }
    }

    @Test
    void rowCountAndFreshnessAreTableChecksAndEveryOtherRuleARowCheck() {
        List<Check> checks = plan(Presets.load("crm-erp"));
        assertThat(checks).isNotEmpty();
        for (Check check : checks) {
            boolean tableRule =
                    check.spec().rule() == CheckRule.ROW_COUNT || check.spec().rule() == CheckRule.FRESHNESS;
            assertThat(check).as(check.id()).isInstanceOf(tableRule ? TableCheck.class : RowCheck.class);
        }
        assertThat(checks)
                .filteredOn(c -> c instanceof TableCheck)
                .extracting(Check::id)
                .contains("cust_info.table.row_count");
    }

    @Test
    void requiredEntityColumnsBecomeQuarantiningRowChecksTheCleanerEnforces() {
        List<Check> checks = plan(Presets.load("crm-erp"));
        List<RowCheck> required = checks.stream()
                .filter(c -> c.id().endsWith(".required"))
                .map(RowCheck.class::cast)
                .toList();
        assertThat(required).isNotEmpty().allSatisfy(check -> {
            assertThat(check.enforcedByCleaner()).isTrue();
            assertThat(check.spec().action()).isEqualTo(CheckAction.QUARANTINE);
        });
        assertThat(checks)
                .filteredOn(c -> !c.id().endsWith(".required"))
                .allSatisfy(c -> assertThat(c instanceof RowCheck row && row.enforcedByCleaner())
                        .isFalse());
    }
}
