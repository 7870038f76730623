package io.saleslens.run;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.saleslens.error.ErrorCode;
import io.saleslens.error.SalesLensException;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.LocalDateTime;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Consumer;

/**
 * One run at a time per output folder: {@code <out>/.saleslens.run.lock}, held from before a run looks at the runs
 * published so far until its history line is written, so runs into one folder follow each other and history gets one
 * line per finished run in the order they finished. The file lock keeps other processes out and is dropped by the
 * operating system when its process dies; threads of one process take an in-process lock first. The lock is
 * re-entrant on its thread: a command that took it (to refuse under --no-wait) runs the pipeline, which takes it again.
 */
public final class RunLock implements AutoCloseable {
    public static final String FILE = ".saleslens.run.lock";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Map<Path, Held> HELD = new ConcurrentHashMap<>();
    private static final Map<Path, ReentrantLock> IN_PROCESS = new ConcurrentHashMap<>();

    private final Path key;
    private final ReentrantLock local;
    private boolean closed;

    private RunLock(Path key, ReentrantLock local) {
        this.key = key;
        this.local = local;
    }

    /**
     * Takes the run lock of {@code outDir}. When another run holds it: waits, after telling {@code waiting} once who
     * holds it, or, when {@code wait} is false, fails with {@link ErrorCode#OUTPUT_FOLDER_BUSY} (a user error, exit 2).
     */
    public static RunLock acquire(Path outDir, boolean wait, Consumer<String> waiting) {
        Path key = outDir.toAbsolutePath().normalize().resolve(FILE);
        ReentrantLock local = IN_PROCESS.computeIfAbsent(key, k -> new ReentrantLock());
        if (!local.tryLock()) {
            String holder = "another run of this process is writing to " + outDir;
            if (!wait) {
                throw busy(outDir, holder);
            }
            waiting.accept(holder + "; waiting for it to finish");
            local.lock();
        }
        if (local.getHoldCount() > 1) {
            return new RunLock(key, local);
        }
        try {
            HELD.put(key, lockFile(outDir, key, wait, waiting));
            return new RunLock(key, local);
        } catch (RuntimeException e) {
            local.unlock();
            throw e;
        }
    }

    private static Held lockFile(Path outDir, Path key, boolean wait, Consumer<String> waiting) {
        FileChannel channel = null;
        try {
            Files.createDirectories(key.getParent());
            channel =
                    FileChannel.open(key, StandardOpenOption.CREATE, StandardOpenOption.READ, StandardOpenOption.WRITE);
            FileLock lock = channel.tryLock();
            if (lock == null) {
                String holder = "another run (" + owner(key) + ") is writing to " + outDir;
                if (!wait) {
                    throw busy(outDir, holder);
                }
                waiting.accept(holder + "; waiting for it to finish");
                lock = channel.lock();
            }
            writeOwner(channel);
            return new Held(channel, lock);
        } catch (IOException e) {
            close(channel);
            throw StorageErrors.explain(outDir, e, "lock " + key);
        } catch (RuntimeException e) {
            close(channel);
            throw e;
        }
    }

    private static SalesLensException busy(Path outDir, String holder) {
        return new SalesLensException(
                ErrorCode.OUTPUT_FOLDER_BUSY,
                outDir + ": " + holder + "; run again when it has finished, or leave out --no-wait to wait for it");
    }

    /** Who holds the lock, in words, from what its holder wrote into the file. */
    private static String owner(Path key) {
        try {
            JsonNode owner = JSON.readTree(Files.readString(key));
            return "pid " + owner.path("pid").asLong() + ", since "
                    + owner.path("since").asText("an unknown time");
        } catch (IOException | RuntimeException e) {
            return "a process that has not said which";
        }
    }

    private static void writeOwner(FileChannel channel) throws IOException {
        ObjectNode owner = JSON.createObjectNode();
        owner.put("pid", ProcessHandle.current().pid());
        owner.put("since", LocalDateTime.now().withNano(0).toString());
        channel.truncate(0);
        channel.write(ByteBuffer.wrap((JSON.writeValueAsString(owner) + "\n").getBytes(StandardCharsets.UTF_8)), 0);
        channel.force(false);
    }

    private static void close(FileChannel channel) {
        if (channel != null) {
            try {
                channel.close();
            } catch (IOException ignored) {
                // Closing a channel that failed to lock: nothing is held.
            }
        }
    }

    /** Releases this hold; the file lock goes with the thread's last hold. */
    @Override
    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        if (local.getHoldCount() == 1) {
            Held held = HELD.remove(key);
            if (held != null) {
                try {
                    held.lock().release();
                } catch (IOException ignored) {
                    // The channel's close below releases it as well.
                }
                close(held.channel());
            }
        }
        local.unlock();
    }

    private record Held(FileChannel channel, FileLock lock) {}
}
