package io.saleslens.run;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.saleslens.engine.DuckDbEngine;
import io.saleslens.error.ErrorCategory;
import io.saleslens.error.ErrorCode;
import io.saleslens.error.SalesLensException;
import io.saleslens.ingest.IngestStage;
import io.saleslens.spec.Presets;
import io.saleslens.stage.RowAccounting;
import io.saleslens.stage.RowAccounts;
import io.saleslens.stage.RunContext;
import io.saleslens.stage.Stage;
import io.saleslens.stage.StageResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
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
        public StageResult run(RunContext context) {
            return new RowAccounts(List.of(new RowAccounting("cust_info", 10, 7, 1, 1, 0)));
        }
    };

    @Test
    void aRunWhoseRowAccountingDoesNotBalanceFailsAndPublishesOnlyAFailedManifest() throws Exception {
        Path sample = Path.of("../examples/crm-erp").toAbsolutePath().normalize();
        Pipeline pipeline = new Pipeline(List.of(LOSES_A_ROW), spill -> new DuckDbEngine(spill, null));
        assertThatThrownBy(() -> pipeline.run(
                        new RunOptions(Presets.load("crm-erp"), sample, out, null), ProgressListener.SILENT))
                .isInstanceOf(SalesLensException.class)
                .hasMessage(
                        "row accounting broken for source cust_info: 10 in, 7 clean, 1 quarantined, 1 merged, 0 filtered");
        try (Stream<Path> runs = Files.list(out.resolve("runs"))) {
            Path run = runs.findFirst().orElseThrow();
            try (Stream<Path> files = Files.list(run)) {
                assertThat(files.map(p -> p.getFileName().toString())).containsExactly("manifest.json");
            }
            assertThat(Files.readString(run.resolve("manifest.json"))).contains("\"status\" : \"failed\"");
        }
    }

    static final Path SAMPLE = Path.of("../examples/crm-erp").toAbsolutePath().normalize();

    private static final Stage COUNTS_NOTHING = new Stage() {
        @Override
        public String name() {
            return "nothing";
        }

        @Override
        public StageResult run(RunContext context) {
            return StageResult.rows(0);
        }
    };

    @Test
    void theManifestCountsEachSourcesBlankLinesBesideItsRows() throws Exception {
        Stage blankLines = new Stage() {
            @Override
            public String name() {
                return "blank-lines";
            }

            @Override
            public StageResult run(RunContext context) {
                return new RowAccounts(
                        List.of(new RowAccounting("sales_details", 60_398, 60_398, 0, 0, 35, 0, 35, 20)));
            }
        };
        RunResult result = new Pipeline(List.of(blankLines), spill -> new DuckDbEngine(spill, null))
                .run(new RunOptions(Presets.load("crm-erp"), SAMPLE, out, null), ProgressListener.SILENT);
        var accounting = new ObjectMapper()
                .readTree(result.runDir().resolve("manifest.json").toFile())
                .path("row_accounting")
                .path("sales_details");
        assertThat(accounting.path("rows_in").asLong()).isEqualTo(60_398);
        assertThat(accounting.path("blank_lines").asLong()).isEqualTo(20);
        assertThat(accounting.path("balanced").asBoolean()).isTrue();
    }

    /** Finding: minutes of silence while a large file is read; the listener hears the ingest stage's bytes. */
    @Test
    void theListenerHearsHowManyOfTheSourcesBytesTheIngestStageHasRead() throws Exception {
        long sampleBytes;
        try (Stream<Path> files = Files.walk(SAMPLE)) {
            sampleBytes = files.filter(file -> file.toString().endsWith(".csv"))
                    .mapToLong(file -> file.toFile().length())
                    .sum();
        }
        List<String> heard = new ArrayList<>();
        ProgressListener progress = new ProgressListener() {
            @Override
            public void stageStarted(String stage) {}

            @Override
            public void stageFinished(String stage, long rows, long millis) {}

            @Override
            public void stageProgress(String stage, long done, long total, String unit) {
                heard.add(stage + " " + done + " of " + total + " " + unit);
            }
        };
        new Pipeline(List.of(new IngestStage()), spill -> new DuckDbEngine(spill, null))
                .run(new RunOptions(Presets.load("crm-erp"), SAMPLE, out, null), progress);
        assertThat(heard).isNotEmpty().allMatch(report -> report.startsWith("ingest ") && report.endsWith(" bytes"));
        assertThat(heard.get(heard.size() - 1)).isEqualTo("ingest " + sampleBytes + " of " + sampleBytes + " bytes");
    }

    @Test
    void thePublicationListenerHearsOfEveryPublishedFolderSucceededOrFailed() {
        List<PublishedFolder> heard = new ArrayList<>();
        RunOptions options = new RunOptions(Presets.load("crm-erp"), SAMPLE, out, null);
        RunResult result = new Pipeline(List.of(COUNTS_NOTHING), spill -> new DuckDbEngine(spill, null), heard::add)
                .run(options, ProgressListener.SILENT);
        assertThatThrownBy(() -> new Pipeline(List.of(LOSES_A_ROW), spill -> new DuckDbEngine(spill, null), heard::add)
                        .run(options, ProgressListener.SILENT))
                .isInstanceOf(SalesLensException.class);
        assertThat(heard).hasSize(2);
        assertThat(heard.get(0).folder()).isEqualTo(result.runDir()).isDirectory();
        assertThat(heard.get(0).runId()).isEqualTo(result.runId());
        assertThat(heard.get(0).manifest().path("status").asText()).isEqualTo("succeeded");
        assertThat(heard.get(0).folder().resolve("quality.json")).isRegularFile();
        assertThat(heard.get(1).folder().resolve("manifest.json")).isRegularFile();
        assertThat(heard.get(1).manifest().path("status").asText()).isEqualTo("failed");
        assertThat(heard.get(1).folder().resolve("metrics.json")).doesNotExist();
    }

    @Test
    void aListenerThatFailsIsAWarningAndTheRunStaysPublished() {
        List<String> warnings = new ArrayList<>();
        ProgressListener progress = new ProgressListener() {
            @Override
            public void stageStarted(String stage) {}

            @Override
            public void stageFinished(String stage, long rows, long millis) {}

            @Override
            public void warning(String message) {
                warnings.add(message);
            }
        };
        PublicationListener broken = run -> {
            throw new SalesLensException(ErrorCode.DATABASE_UNAVAILABLE, "history database down");
        };
        RunResult result = new Pipeline(List.of(COUNTS_NOTHING), spill -> new DuckDbEngine(spill, null), broken)
                .run(new RunOptions(Presets.load("crm-erp"), SAMPLE, out, null), progress);
        assertThat(result.runDir().resolve("manifest.json")).isRegularFile();
        assertThat(warnings).containsExactly("history database down");
    }

    /**
     * A stage that writes to its engine and stays a while, counting the runs inside it at once in {@code inside} and
     * the most it saw in {@code most}.
     */
    private static Stage stayingAWhile(AtomicInteger inside, AtomicInteger most) {
        return new Stage() {
            @Override
            public String name() {
                return "stay";
            }

            @Override
            public StageResult run(RunContext context) {
                most.accumulateAndGet(inside.incrementAndGet(), Math::max);
                try {
                    context.engine().execute("CREATE TABLE work.numbers AS SELECT range AS n FROM range(1000)");
                    Thread.sleep(300);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                } finally {
                    inside.decrementAndGet();
                }
                return StageResult.rows(1000);
            }
        };
    }

    @Test
    void twoRunsInTheSameSecondIntoOneOutTakeTurnsAndPublishUnderTheirOwnFolders() throws Exception {
        Clock sameSecond = Clock.fixed(Instant.parse("2026-01-24T22:10:16Z"), ZoneOffset.UTC);
        AtomicInteger inside = new AtomicInteger();
        AtomicInteger most = new AtomicInteger();
        Pipeline pipeline =
                new Pipeline(List.of(stayingAWhile(inside, most)), spill -> new DuckDbEngine(spill, null), sameSecond);
        RunOptions options = new RunOptions(Presets.load("crm-erp"), SAMPLE, out, null);
        ExecutorService threads = Executors.newFixedThreadPool(2);
        try {
            Future<RunResult> first = threads.submit(() -> pipeline.run(options, ProgressListener.SILENT));
            Future<RunResult> second = threads.submit(() -> pipeline.run(options, ProgressListener.SILENT));
            RunResult one = first.get();
            RunResult two = second.get();
            assertThat(most).as("runs inside a stage at once").hasValue(1);
            assertThat(one.runId()).isEqualTo(two.runId());
            String folder = RunStore.folderName(one.runId());
            assertThat(List.of(
                            one.runDir().getFileName().toString(),
                            two.runDir().getFileName().toString()))
                    .containsExactlyInAnyOrder(folder, folder + "-2");
            assertThat(Files.readString(two.runDir().resolve("manifest.json")))
                    .contains("\"run_id\" : \"" + two.runId() + "\"");
            assertThat(Files.readAllLines(out.resolve("history.jsonl")))
                    .hasSize(2)
                    .allSatisfy(line -> assertThat(line).contains("\"status\":\"succeeded\""));
            try (Stream<Path> runs = Files.list(out.resolve("runs"))) {
                assertThat(runs.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder(folder, folder + "-2");
            }
        } finally {
            threads.shutdownNow();
        }
    }

    @Test
    void aFullDiskIsReportedAsTheOutputFolderNotAsTheInputBeingRead() {
        Stage diskFills = new Stage() {
            @Override
            public String name() {
                return "ingest";
            }

            @Override
            public StageResult run(RunContext context) {
                throw new SalesLensException(
                        ErrorCode.SOURCE_MALFORMED,
                        "sales_details.csv: cannot be read as CSV (IO Error: No space left on device)");
            }
        };
        Pipeline pipeline = new Pipeline(List.of(diskFills), spill -> new DuckDbEngine(spill, null));
        assertThatThrownBy(() -> pipeline.run(
                        new RunOptions(Presets.load("crm-erp"), SAMPLE, out, null), ProgressListener.SILENT))
                .isInstanceOfSatisfying(SalesLensException.class, e -> {
                    assertThat(e.code()).isEqualTo(ErrorCode.DISK_FULL);
                    assertThat(e.category()).isEqualTo(ErrorCategory.EXTERNAL_ERROR);
                })
                .hasMessageStartingWith("no space left on " + out + " (")
                .hasMessageContaining(" MB free); free some space or give --out a folder on a disk with room")
                .message()
                .doesNotContain("sales_details.csv");
    }
}
