package io.saleslens.run;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.saleslens.stage.RunId;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Optional;

/**
 * The folder one run is built in, {@code runs/.<folder>.tmp}, and its owner lock {@code runs/.<folder>.lock}: a file
 * holding the run id and the pid, locked for as long as the run lives. The operating system drops the lock when the
 * process dies, however it dies, so a folder whose lock can be taken has no live owner.
 */
final class WorkingFolder implements AutoCloseable {
    static final String TEMPORARY = ".tmp";
    static final String LOCK = ".lock";
    private static final ObjectMapper JSON = new ObjectMapper();

    private final String folderName;
    private final Path path;
    private final Path lockFile;
    private final FileChannel channel;
    private final FileLock lock;

    private WorkingFolder(String folderName, Path path, Path lockFile, FileChannel channel, FileLock lock) {
        this.folderName = folderName;
        this.path = path;
        this.lockFile = lockFile;
        this.channel = channel;
        this.lock = lock;
    }

    /** Creates the folder and takes its lock; the caller holds the output folder's lock, so the name is free. */
    static WorkingFolder create(Path runs, String folderName, RunId runId) throws IOException {
        Path lockFile = lockFile(runs, folderName);
        FileChannel channel = FileChannel.open(lockFile, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
        try {
            FileLock lock = channel.lock();
            ObjectNode owner = JSON.createObjectNode();
            owner.put("run_id", runId.toString());
            owner.put("folder", folderName);
            owner.put("pid", ProcessHandle.current().pid());
            owner.put("started_at", runId.startedAt().toString());
            channel.write(ByteBuffer.wrap((JSON.writeValueAsString(owner) + "\n").getBytes(StandardCharsets.UTF_8)));
            channel.force(true);
            Path path = temporary(runs, folderName);
            Files.createDirectories(path);
            return new WorkingFolder(folderName, path, lockFile, channel, lock);
        } catch (IOException | RuntimeException e) {
            channel.close();
            Files.deleteIfExists(lockFile);
            throw e;
        }
    }

    static Path temporary(Path runs, String folderName) {
        return runs.resolve("." + folderName + TEMPORARY);
    }

    static Path lockFile(Path runs, String folderName) {
        return runs.resolve("." + folderName + LOCK);
    }

    /**
     * Whether a live process still owns the folder of this lock: its lock is held (by this or another process). Where
     * the file system cannot lock, the recorded pid decides.
     */
    static boolean hasLiveOwner(Path lockFile) {
        if (!Files.exists(lockFile)) {
            return false;
        }
        try (FileChannel probe = FileChannel.open(lockFile, StandardOpenOption.READ, StandardOpenOption.WRITE)) {
            FileLock taken = probe.tryLock();
            if (taken == null) {
                return true;
            }
            taken.release();
            return false;
        } catch (OverlappingFileLockException e) {
            return true;
        } catch (IOException e) {
            return owner(lockFile)
                    .map(o -> o.path("pid").asLong(-1))
                    .flatMap(ProcessHandle::of)
                    .map(ProcessHandle::isAlive)
                    .orElse(false);
        }
    }

    /** What the lock file says about its run (run_id, folder, pid, started_at), when it can be read. */
    static Optional<JsonNode> owner(Path lockFile) {
        try {
            return Optional.of(JSON.readTree(Files.readString(lockFile)));
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    String folderName() {
        return folderName;
    }

    Path path() {
        return path;
    }

    /** Releases the lock and removes the lock file; the folder itself has been published or removed by then. */
    @Override
    public void close() {
        try {
            if (lock.isValid()) {
                lock.release();
            }
            channel.close();
            Files.deleteIfExists(lockFile);
        } catch (IOException e) {
            // A lock file left behind is released with the process and removed by the next run in this output folder.
        }
    }
}
