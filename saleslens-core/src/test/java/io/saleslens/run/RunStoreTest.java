package io.saleslens.run;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.saleslens.error.ErrorCode;
import io.saleslens.error.SalesLensException;
import io.saleslens.stage.RunId;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.LocalDateTime;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RunStoreTest {
    static final RunId RUN_ID = new RunId(LocalDateTime.of(2026, 1, 24, 23, 10, 16), "6470e523");

    @TempDir
    Path out;

    @Test
    void twoRunsWithTheSameRunIdGetTheirOwnWorkingFolders() {
        RunStore store = new RunStore(out);
        try (WorkingFolder first = store.reserve(RUN_ID);
                WorkingFolder second = store.reserve(RUN_ID)) {
            assertThat(first.folderName()).isEqualTo("20260124_231016_6470e523");
            assertThat(second.folderName()).isEqualTo("20260124_231016_6470e523-2");
            assertThat(first.path()).isDirectory().isNotEqualTo(second.path());
            assertThat(second.path()).isDirectory();
        }
    }

    @Test
    void aPublishedRunKeepsItsNameTakenForTheNextRunWithTheSameId() {
        RunStore store = new RunStore(out);
        try (WorkingFolder first = store.reserve(RUN_ID)) {
            assertThat(store.publish(first)).isEqualTo(out.resolve("runs/20260124_231016_6470e523"));
        }
        try (WorkingFolder next = store.reserve(RUN_ID)) {
            assertThat(next.folderName()).isEqualTo("20260124_231016_6470e523-2");
        }
        assertThat(out.resolve("runs/.20260124_231016_6470e523.lock")).doesNotExist();
    }

    @Test
    void latestIsARelativeLinkToTheLastFolderPointedAt() throws Exception {
        RunStore store = new RunStore(out);
        Path first;
        Path second;
        try (WorkingFolder work = store.reserve(RUN_ID)) {
            first = store.publish(work);
        }
        try (WorkingFolder work = store.reserve(RUN_ID)) {
            second = store.publish(work);
        }
        assertThat(store.pointLatest(first)).isTrue();
        assertThat(store.pointLatest(second)).isTrue();
        Path latest = out.resolve(RunStore.LATEST);
        // Relative, so the output folder can be moved or mounted elsewhere and the link still holds.
        assertThat(Files.readSymbolicLink(latest)).isEqualTo(Path.of("runs", "20260124_231016_6470e523-2"));
        assertThat(latest.toRealPath()).isEqualTo(second.toRealPath());
        try (var names = Files.list(out)) {
            assertThat(names.map(p -> p.getFileName().toString())).noneMatch(n -> n.endsWith(".partial"));
        }
    }

    @Test
    void anOutThatIsAPlainFileIsAUserErrorSayingSo() throws Exception {
        Path file = Files.writeString(out.resolve("out.txt"), "not a folder");
        assertThatThrownBy(() -> new RunStore(file).checkWritable())
                .isInstanceOfSatisfying(
                        SalesLensException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.OUTPUT_FOLDER_UNUSABLE))
                .hasMessage(file + " is a file, not a folder; give --out a folder (it is created when missing)");
    }

    @Test
    void anOutBelowAPlainFileNamesTheFile() throws Exception {
        Path file = Files.writeString(out.resolve("out.txt"), "not a folder");
        assertThatThrownBy(() -> new RunStore(file.resolve("nested")).checkWritable())
                .isInstanceOfSatisfying(
                        SalesLensException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.OUTPUT_FOLDER_UNUSABLE))
                .hasMessage(file + " is a file, not a folder; give --out a folder (it is created when missing)");
    }

    @Test
    void aReadOnlyOutIsAUserErrorSayingItIsNotWritable() throws Exception {
        Path readOnly = Files.createDirectory(out.resolve("read-only"));
        Files.setPosixFilePermissions(readOnly, PosixFilePermissions.fromString("r-xr-xr-x"));
        try {
            Assumptions.assumeTrue(
                    !Files.isWritable(readOnly),
                    "running as root: chmod does not stop root from writing, so this folder stays writable");
            assertThatThrownBy(() -> new RunStore(readOnly).checkWritable())
                    .isInstanceOfSatisfying(
                            SalesLensException.class,
                            e -> assertThat(e.code()).isEqualTo(ErrorCode.OUTPUT_FOLDER_UNUSABLE))
                    .hasMessage(readOnly + " is not writable; give --out a folder you can write to");
        } finally {
            Files.setPosixFilePermissions(readOnly, PosixFilePermissions.fromString("rwxr-xr-x"));
        }
    }

    @Test
    void historyLinesOfTheStoreAreAppendedOneAfterTheOther() throws Exception {
        RunStore store = new RunStore(out);
        store.checkWritable();
        store.appendHistory(new ObjectMapper().createObjectNode().put("run_id", "a"));
        store.appendHistory(new ObjectMapper().createObjectNode().put("run_id", "b"));
        assertThat(Files.readAllLines(out.resolve("history.jsonl")))
                .containsExactly("{\"run_id\":\"a\"}", "{\"run_id\":\"b\"}");
    }
}
