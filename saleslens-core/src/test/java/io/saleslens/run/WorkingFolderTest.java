package io.saleslens.run;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WorkingFolderTest {
    @TempDir
    Path runs;

    @Test
    void aLockFileNobodyHoldsHasNoLiveOwnerEvenWhenItNamesThisProcess() throws Exception {
        // A container restarts its program under the same pid: the lock, not the pid, tells a live owner.
        Path lockFile = Files.writeString(
                runs.resolve(".x.lock"), "{\"pid\":" + ProcessHandle.current().pid() + "}\n");
        assertThat(WorkingFolder.hasLiveOwner(lockFile)).isFalse();
    }

    @Test
    void aHeldLockHasALiveOwner() throws Exception {
        Path lockFile = Files.writeString(runs.resolve(".x.lock"), "{\"pid\":" + AbandonedRunsTest.deadPid() + "}\n");
        try (FileChannel channel = FileChannel.open(lockFile, StandardOpenOption.WRITE);
                FileLock held = channel.lock()) {
            assertThat(WorkingFolder.hasLiveOwner(lockFile)).isTrue();
        }
    }

    @Test
    void aFolderIsOwnedUntilItIsClosed() {
        Path lockFile;
        try (WorkingFolder work = WorkingFolder.create(runs, "r", RunStoreTest.RUN_ID)) {
            lockFile = runs.resolve(".r.lock");
            assertThat(work.path()).isEqualTo(runs.resolve(".r.tmp")).isDirectory();
            assertThat(WorkingFolder.hasLiveOwner(lockFile)).isTrue();
            assertThat(WorkingFolder.owner(lockFile)
                            .orElseThrow()
                            .path("run_id")
                            .asText())
                    .isEqualTo(RunStoreTest.RUN_ID.toString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        assertThat(lockFile).doesNotExist();
    }
}
