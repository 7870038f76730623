package io.saleslens.run;

import io.saleslens.error.DiskErrors;
import io.saleslens.error.ErrorCode;
import io.saleslens.error.SalesLensException;
import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Says what is wrong with the output folder when writing to it fails: the disk is full, the folder is not
 * writable, or a file stands where a folder should be. A folder in the way or not writable is the user's to fix (a user
 * error); a full disk is outside SalesLens (an external error, exit 5), as is any other failure of the file system.
 */
final class StorageErrors {
    private static final long MEGABYTE = 1024 * 1024;

    private StorageErrors() {}

    /** The failure of {@code doing} (such as "create runs/x") in the output folder, in the user's terms. */
    static SalesLensException explain(Path outDir, IOException e, String doing) {
        if (DiskErrors.isNoSpaceLeft(e)) {
            return noSpaceLeft(outDir, e);
        }
        Path file = e instanceof FileSystemException fileSystem && fileSystem.getFile() != null
                ? Path.of(fileSystem.getFile())
                : outDir;
        if (e instanceof AccessDeniedException || readOnlyFileSystem(e)) {
            return new SalesLensException(
                    ErrorCode.OUTPUT_FOLDER_UNUSABLE,
                    notWritable(Files.isDirectory(file) ? file : nearestExisting(file)),
                    e);
        }
        if (e instanceof FileAlreadyExistsException || e instanceof NotDirectoryException || notADirectory(e)) {
            Path blocking = firstFileOnTheWay(file);
            if (blocking != null) {
                return new SalesLensException(ErrorCode.OUTPUT_FOLDER_UNUSABLE, notAFolder(blocking), e);
            }
        }
        return new SalesLensException(ErrorCode.FILE_IO_FAILED, "cannot " + doing + ": " + e, e);
    }

    /** A run's failure as the user should hear it: a full disk anywhere in it is the output folder's, not an input's. */
    static RuntimeException explain(Path outDir, RuntimeException failure) {
        return DiskErrors.isNoSpaceLeft(failure) ? noSpaceLeft(outDir, failure) : failure;
    }

    static SalesLensException noSpaceLeft(Path outDir, Throwable cause) {
        return new SalesLensException(
                ErrorCode.DISK_FULL,
                "no space left on " + outDir + " (" + megabytesFree(outDir) + " MB free); free some space"
                        + " or give --out a folder on a disk with room",
                cause);
    }

    static String notWritable(Path folder) {
        return folder + " is not writable; give --out a folder you can write to";
    }

    static String notAFolder(Path file) {
        return file + " is a file, not a folder; give --out a folder (it is created when missing)";
    }

    static long megabytesFree(Path folder) {
        return bytesFree(folder) / MEGABYTE;
    }

    static long bytesFree(Path folder) {
        try {
            return Files.getFileStore(nearestExisting(folder)).getUsableSpace();
        } catch (IOException e) {
            return 0;
        }
    }

    static Path nearestExisting(Path path) {
        Path existing = path.toAbsolutePath();
        while (existing.getParent() != null && !Files.exists(existing)) {
            existing = existing.getParent();
        }
        return existing;
    }

    /** The first plain file on the path from the root down to {@code path}, or null when there is none. */
    static Path firstFileOnTheWay(Path path) {
        Path absolute = path.toAbsolutePath();
        Path current = absolute.getRoot();
        for (Path part : absolute) {
            current = current == null ? part : current.resolve(part);
            if (Files.isRegularFile(current)) {
                return current;
            }
        }
        return null;
    }

    private static boolean notADirectory(IOException e) {
        return e instanceof FileSystemException fileSystem
                && fileSystem.getReason() != null
                && fileSystem.getReason().toLowerCase(Locale.ROOT).contains("not a directory");
    }

    private static boolean readOnlyFileSystem(IOException e) {
        return e instanceof FileSystemException fileSystem
                && fileSystem.getReason() != null
                && fileSystem.getReason().toLowerCase(Locale.ROOT).contains("read-only file system");
    }
}
