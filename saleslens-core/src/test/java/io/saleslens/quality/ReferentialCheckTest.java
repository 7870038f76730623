package io.saleslens.quality;

import static org.assertj.core.api.Assertions.assertThat;

import io.saleslens.engine.DuckDbEngine;
import io.saleslens.spec.CheckRule;
import io.saleslens.spec.CheckSpec;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReferentialCheckTest {

    @Test
    void aLineFailsWhenItsTrimmedKeyIsMissingFromTheOtherSource(@TempDir Path spill) {
        try (DuckDbEngine engine = new DuckDbEngine(spill, null)) {
            // Customer 2 is in the other source twice, 3 with padding; 9 and 'x' are not there at all.
            engine.execute("CREATE TABLE bronze.customers AS SELECT * FROM (VALUES (2, '1'), (3, '2'), (4, '2'),"
                    + " (5, ' 3 '), (6, NULL), (7, '')) t(_line, id)");
            engine.execute("CREATE TABLE bronze.sales AS SELECT * FROM (VALUES (2, '1'), (3, ' 2'), (4, '3'),"
                    + " (5, '9'), (6, NULL), (7, ''), (8, '  '), (9, 'x'), (10, '9'), (11, '2')) t(_line, cust)");
            ReferentialCheck check = new ReferentialCheck(
                    "sales",
                    CheckSpec.builder(CheckRule.REFERENTIAL)
                            .column("cust")
                            .references("customers.id")
                            .build());

            // As the check runner reads it: every line of the source once, with the check's join beside it.
            List<Object> failing = engine
                    .query("SELECT _line FROM bronze.sales " + check.join(engine.dialect(), "_j0") + " WHERE "
                            + check.failsWhere(engine.dialect(), "_j0") + " ORDER BY _line")
                    .stream()
                    .map(row -> row.get("_line"))
                    .toList();
            long lines = engine.queryLong("SELECT count(*) FROM bronze.sales " + check.join(engine.dialect(), "_j0"));

            // Missing and blank keys are left to not_null.
            assertThat(failing).containsExactly(5, 9, 10);
            assertThat(lines).isEqualTo(10);
        }
    }
}
