package io.saleslens.error;

import java.nio.file.FileSystemException;
import java.util.IdentityHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Recognises a full disk in a failure, whoever raised it: DuckDB, the JDK or a library reports it only in its
 * message ("No space left on device", ENOSPC), often wrapped in an error that names the file being read.
 */
public final class DiskErrors {
    private static final String[] NO_SPACE = {
        "no space left on device", "enospc", "disk quota exceeded", "not enough space on the disk"
    };

    private DiskErrors() {}

    /** Whether the failure, one of its causes or one of their suppressed failures says the disk is full. */
    public static boolean isNoSpaceLeft(Throwable failure) {
        return search(failure, new IdentityHashMap<>());
    }

    /** {@link ErrorCode#DISK_FULL} when the failure says the disk is full, else {@code otherwise}. */
    public static ErrorCode codeOf(Throwable failure, ErrorCode otherwise) {
        return isNoSpaceLeft(failure) ? ErrorCode.DISK_FULL : otherwise;
    }

    private static boolean search(Throwable failure, Map<Throwable, Boolean> seen) {
        if (failure == null || seen.put(failure, Boolean.TRUE) != null) {
            return false;
        }
        String text = (failure.getMessage() == null ? "" : failure.getMessage()).toLowerCase(Locale.ROOT);
        if (failure instanceof FileSystemException fileSystem && fileSystem.getReason() != null) {
            text = text + " " + fileSystem.getReason().toLowerCase(Locale.ROOT);
        }
        for (String marker : NO_SPACE) {
            if (text.contains(marker)) {
                return true;
            }
        }
        for (Throwable suppressed : failure.getSuppressed()) {
            if (search(suppressed, seen)) {
                return true;
            }
        }
        return search(failure.getCause(), seen);
    }
}
