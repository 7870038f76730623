package io.saleslens.run;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Makes runs that share an output folder take turns where they must: choosing a run folder's name, clearing
 * what crashed runs left and appending to history.jsonl. A file lock keeps other processes out; a file lock is
 * held per process, so threads of one process also take an in-process lock on the same file first.
 */
final class OutputFolderLock {
    private static final ConcurrentHashMap<Path, ReentrantLock> IN_PROCESS = new ConcurrentHashMap<>();

    interface Action<T> {
        T run() throws IOException;
    }

    private OutputFolderLock() {}

    static <T> T holding(Path lockFile, Action<T> action) throws IOException {
        Path key = lockFile.toAbsolutePath().normalize();
        ReentrantLock local = IN_PROCESS.computeIfAbsent(key, k -> new ReentrantLock());
        local.lock();
        try (FileChannel channel = FileChannel.open(key, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
                FileLock lock = channel.lock()) {
            return action.run();
        } finally {
            local.unlock();
        }
    }
}
