package io.saleslens.quality;

import static org.assertj.core.api.Assertions.assertThat;

import io.saleslens.engine.DuckDbEngine;
import io.saleslens.spec.CheckRule;
import io.saleslens.spec.CheckSpec;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RangeCheckTest {

    @Test
    void notANumberAnInfinityAndAnImplausibleMagnitudeFailAMinimumAlone(@TempDir Path spill) {
        try (DuckDbEngine engine = new DuckDbEngine(spill, null)) {
            engine.execute(
                    "CREATE TABLE amounts AS SELECT * FROM (VALUES ('5'), ('0.5'), ('NaN'), ('nan'), ('Infinity'),"
                            + " ('inf'), ('1e20'), ('abc'), ('-1'), (' 7 '), (NULL), ('')) t(v)");
            RangeCheck atLeastZero = new RangeCheck(
                    "amounts",
                    CheckSpec.builder(CheckRule.RANGE).column("v").min(0.0).build());

            List<Object> failing = engine
                    .query("SELECT v FROM amounts WHERE " + atLeastZero.failsWhere(engine.dialect(), "amounts")
                            + " ORDER BY v")
                    .stream()
                    .map(row -> row.get("v"))
                    .toList();

            // Missing values are left to not_null; ' 7 ' is a number once trimmed.
            assertThat(failing).containsExactlyInAnyOrder("NaN", "nan", "Infinity", "inf", "1e20", "abc", "-1");
        }
    }
}
