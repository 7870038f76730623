package io.saleslens.run;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.saleslens.engine.DuckDbEngine;
import io.saleslens.engine.LoadedTable;
import io.saleslens.error.SalesLensException;
import io.saleslens.model.EntityCleaning;
import io.saleslens.spec.Presets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PipelineTest {
    @TempDir
    Path out;

    /** A stage that reports a source whose rows do not add up: 10 in, 7 clean, 1 quarantined, 1 merged. */
    private static final Stage LOSES_A_ROW = new Stage() {
        @Override
        public String name() {
            return "loses-a-row";
        }

        @Override
        public long run(RunContext context) {
            context.addLoaded("cust_info", new LoadedTable("bronze.cust_info", List.of("cst_id"), 10, 0));
            context.addCleanings(List.of(new EntityCleaning("customer", "cust_info", 10, 7, 1, 1, 0, Map.of(), Map.of(), 0)));
            return 10;
        }
    };

    @Test
    void aRunWhoseRowAccountingDoesNotBalanceFailsAndPublishesOnlyAFailedManifest() throws Exception {
        Path sample = Path.of("../examples/crm-erp").toAbsolutePath().normalize();
        Pipeline pipeline = new Pipeline(List.of(LOSES_A_ROW), spill -> new DuckDbEngine(spill, null));
        assertThatThrownBy(() -> pipeline.run(new RunOptions(Presets.load("crm-erp"), sample, out, null), ProgressListener.SILENT))
                .isInstanceOf(SalesLensException.class)
                .hasMessage("row accounting broken for source cust_info: 10 in, 7 clean, 1 quarantined, 1 merged, 0 filtered");
        try (Stream<Path> runs = Files.list(out.resolve("runs"))) {
            Path run = runs.findFirst().orElseThrow();
            try (Stream<Path> files = Files.list(run)) {
                assertThat(files.map(p -> p.getFileName().toString())).containsExactly("manifest.json");
            }
            assertThat(Files.readString(run.resolve("manifest.json"))).contains("\"status\" : \"failed\"");
        }
    }
}
