package io.saleslens.run;

import static org.assertj.core.api.Assertions.assertThat;

import io.saleslens.stage.RunId;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AbandonedRunsTest {
    @TempDir
    Path out;

    /** A pid no process has: Linux pids stay below 2^22. */
    static long deadPid() {
        for (long pid = 4_194_303; pid > 1; pid--) {
            if (ProcessHandle.of(pid).isEmpty()) {
                return pid;
            }
        }
        throw new IllegalStateException("no free pid");
    }

    @Test
    void aWorkingFolderWhoseOwnerDiedIsRemovedAtTheNextStartAndRecordedAsAborted() throws Exception {
        Path runs = Files.createDirectories(out.resolve("runs"));
        String killed = "20260124_231016_#6470e523";
        Path leftover = Files.createDirectories(runs.resolve("." + killed + ".tmp/.spill"));
        Files.write(leftover.resolve("engine.duckdb"), new byte[4096]);
        long pid = deadPid();
        Files.writeString(
                runs.resolve("." + killed + ".lock"),
                "{\"run_id\":\"" + killed + "\",\"folder\":\"" + killed + "\",\"pid\":" + pid
                        + ",\"started_at\":\"2026-01-24T23:10:16\"}\n");

        RunStore store = new RunStore(out);
        try (WorkingFolder next = store.reserve(new RunId(RunStoreTest.RUN_ID.startedAt(), "00000001"))) {
            assertThat(runs.resolve("." + killed + ".tmp")).doesNotExist();
            assertThat(runs.resolve("." + killed + ".lock")).doesNotExist();
            assertThat(Files.readString(runs.resolve(killed + "/manifest.json")))
                    .contains("\"status\" : \"aborted\"", "\"run_id\" : \"" + killed + "\"", "pid " + pid);
            assertThat(Files.readAllLines(out.resolve("history.jsonl")))
                    .singleElement()
                    .asString()
                    .contains("\"run_id\":\"" + killed + "\"", "\"status\":\"aborted\"");
        }
    }

    @Test
    void theWorkingFolderOfALiveRunIsLeftAlone() throws Exception {
        RunStore store = new RunStore(out);
        try (WorkingFolder live = store.reserve(RunStoreTest.RUN_ID);
                WorkingFolder next = store.reserve(new RunId(RunStoreTest.RUN_ID.startedAt(), "00000001"))) {
            assertThat(live.path()).isDirectory();
            assertThat(WorkingFolder.owner(out.resolve("runs/." + live.folderName() + ".lock"))
                            .orElseThrow()
                            .path("pid")
                            .asLong())
                    .isEqualTo(ProcessHandle.current().pid());
            assertThat(out.resolve("history.jsonl")).doesNotExist();
        }
    }

    @Test
    void aWorkingFolderFromBeforeLockFilesIsRemovedAndRecordedUnderItsName() throws Exception {
        Path runs = Files.createDirectories(out.resolve("runs"));
        Files.createDirectories(runs.resolve(".20260101_010101_#0badf00d.tmp/reports"));
        assertThat(AbandonedRuns.clear(runs))
                .singleElement()
                .satisfies(record -> assertThat(record.path("run_id").asText()).isEqualTo("20260101_010101_#0badf00d"));
        assertThat(runs.resolve(".20260101_010101_#0badf00d.tmp")).doesNotExist();
    }

    @Test
    void aLockFileLeftAfterItsRunWasPublishedIsRemovedWithoutARecord() throws Exception {
        Path runs = Files.createDirectories(out.resolve("runs"));
        Files.createDirectories(runs.resolve("20260101_010101_#0badf00d"));
        Files.writeString(runs.resolve(".20260101_010101_#0badf00d.lock"), "{\"pid\":" + deadPid() + "}\n");
        assertThat(AbandonedRuns.clear(runs)).isEmpty();
        assertThat(runs.resolve(".20260101_010101_#0badf00d.lock")).doesNotExist();
        assertThat(runs.resolve("20260101_010101_#0badf00d")).isDirectory();
    }
}
