package io.saleslens.history;

import static java.util.Objects.requireNonNull;

import io.saleslens.engine.JdbcConnections;
import io.saleslens.error.ErrorCode;
import io.saleslens.error.SalesLensException;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Where a run history lives: {@code <out>/history.duckdb} by default, or the database a {@code --history} JDBC URL
 * names (PostgreSQL for a team), with the user and password from the environment so they never reach a run folder.
 */
public final class HistoryDatabase {
    public static final String FILE_NAME = "history.duckdb";
    public static final String USER_VARIABLE = "SALESLENS_HISTORY_USER";
    public static final String PASSWORD_VARIABLE = "SALESLENS_HISTORY_PASSWORD";
    private static final String LOCK_FILE = ".history.lock";
    private static final ConcurrentHashMap<Path, ReentrantLock> IN_PROCESS = new ConcurrentHashMap<>();

    private final String url;
    private final Properties properties;
    private final Path embeddedFile;

    /** A piece of work on an open history connection. */
    interface Work<T> {
        T run(Connection connection) throws SQLException;
    }

    private HistoryDatabase(String url, Properties properties, Path embeddedFile) {
        this.url = url;
        this.properties = properties;
        this.embeddedFile = embeddedFile;
    }

    /** The embedded history of an output folder: {@code <out>/history.duckdb}. */
    public static HistoryDatabase embedded(Path outDir) {
        Path file = outDir.toAbsolutePath().normalize().resolve(FILE_NAME);
        return new HistoryDatabase("jdbc:duckdb:" + file, new Properties(), file);
    }

    /**
     * The history {@code url} names, or the output folder's embedded one when it is null. Only DuckDB and PostgreSQL
     * URLs are taken; the user and password come from {@value #USER_VARIABLE} and {@value #PASSWORD_VARIABLE}.
     */
    public static HistoryDatabase of(Path outDir, String url, Map<String, String> environment) {
        requireNonNull(outDir, "outDir is null");
        if (url == null || url.isBlank()) {
            return embedded(outDir);
        }
        if (url.startsWith("jdbc:duckdb:")) {
            String file = url.substring("jdbc:duckdb:".length()).replaceFirst("\\?.*", "");
            if (file.isBlank() || file.startsWith(":memory:")) {
                throw new SalesLensException(
                        ErrorCode.OPTION_INVALID,
                        "--history " + url + ": an in-memory database keeps no history; name a file: jdbc:duckdb:FILE");
            }
            Path path = Path.of(file).toAbsolutePath().normalize();
            return new HistoryDatabase("jdbc:duckdb:" + path, new Properties(), path);
        }
        if (!url.startsWith("jdbc:postgresql:")) {
            throw new SalesLensException(
                    ErrorCode.OPTION_INVALID,
                    "--history " + url
                            + ": not a history database URL; use jdbc:postgresql://HOST[:PORT]/DATABASE or jdbc:duckdb:FILE");
        }
        Properties properties = new Properties();
        String user = environment.get(USER_VARIABLE);
        String password = environment.get(PASSWORD_VARIABLE);
        if (user != null && !user.isBlank()) {
            properties.setProperty("user", user);
        }
        if (password != null) {
            properties.setProperty("password", password);
        }
        return new HistoryDatabase(url, properties, null);
    }

    /** The database in words for messages: the file, or the URL without its parameters (which may hold a password). */
    public String location() {
        return embeddedFile != null ? embeddedFile.toString() : url.replaceFirst("\\?.*", "");
    }

    boolean isEmbedded() {
        return embeddedFile != null;
    }

    /** False only for an embedded history whose file was never written. */
    boolean exists() {
        return embeddedFile == null || Files.exists(embeddedFile);
    }

    /**
     * Runs {@code work} on a connection to the history, its tables created when missing. An embedded file is opened
     * by one process at a time (DuckDB's rule), so runs and history commands sharing it take turns under a file lock.
     */
    <T> T use(String what, Work<T> work) {
        if (embeddedFile == null) {
            return connected(what, work);
        }
        Path lockFile = embeddedFile.resolveSibling(LOCK_FILE);
        ReentrantLock local = IN_PROCESS.computeIfAbsent(lockFile, k -> new ReentrantLock());
        local.lock();
        try {
            Files.createDirectories(lockFile.getParent());
            try (FileChannel channel = FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
                    FileLock lock = channel.lock()) {
                return connected(what, work);
            }
        } catch (IOException e) {
            throw new SalesLensException(
                    ErrorCode.DATABASE_UNAVAILABLE,
                    "history " + location() + ": cannot " + what + " (" + e.getMessage() + ")",
                    e);
        } finally {
            local.unlock();
        }
    }

    private <T> T connected(String what, Work<T> work) {
        Connection connection;
        try {
            connection = JdbcConnections.open(url, properties);
        } catch (SQLException e) {
            throw new SalesLensException(
                    ErrorCode.DATABASE_UNAVAILABLE,
                    "history database " + location() + " does not answer (" + firstLine(e) + "); check --history and "
                            + USER_VARIABLE + "/" + PASSWORD_VARIABLE + ", then run again",
                    e);
        }
        try (connection) {
            HistorySchema.create(connection);
            return work.run(connection);
        } catch (SQLException e) {
            throw new SalesLensException(
                    ErrorCode.DATABASE_UNAVAILABLE,
                    "history database " + location() + ": cannot " + what + " (" + firstLine(e) + ")",
                    e);
        }
    }

    private static String firstLine(SQLException e) {
        String message = e.getMessage() == null ? e.toString() : e.getMessage();
        return message.lines().findFirst().orElse(message).trim();
    }
}
