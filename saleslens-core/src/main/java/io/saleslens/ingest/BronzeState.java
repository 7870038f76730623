package io.saleslens.ingest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.saleslens.engine.Engine;
import io.saleslens.engine.KeepsTables;
import io.saleslens.engine.LoadedTable;
import io.saleslens.engine.SqlDialect;
import io.saleslens.error.DiskErrors;
import io.saleslens.error.ErrorCode;
import io.saleslens.error.SalesLensException;
import io.saleslens.stage.InputFile;
import io.saleslens.stage.RefreshOutcome;
import io.saleslens.stage.RunContext;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The bronze tables of earlier runs' files, kept in a database file of the engine's own ({@value #FILE_NAME} in the
 * state folder) with each file's source, path and SHA-256, so a run reads only the files that are new or changed. The
 * state holds only what reading a file gives (its rows as text, its rejected lines, its counts and dialect): every
 * stage after ingest runs on all the rows, so the figures are those of a full run. A state written for another spec
 * or by another SalesLens version, or one that cannot be read, is emptied and the run reads every file, saying why.
 */
final class BronzeState implements AutoCloseable {
    static final String FILE_NAME = "bronze.duckdb";
    private static final String ALIAS = "saleslens_state";
    private static final String FILES = ALIAS + ".files";
    private static final String META = ALIAS + ".meta";
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Engine engine;
    private final KeepsTables keeper;
    private final Path file;
    private final String reason;
    private final Set<String> kept = new HashSet<>();
    private int filesRead;
    private int filesReused;
    private int filesDropped;
    private boolean closed;

    private BronzeState(Engine engine, KeepsTables keeper, Path file, String reason) {
        this.engine = engine;
        this.keeper = keeper;
        this.file = file;
        this.reason = reason;
    }

    /** The run's state, opened (and emptied when it cannot serve this run); an inactive one without a state folder. */
    static BronzeState open(RunContext context) {
        Engine engine = context.engine();
        Optional<Path> folder = context.stateDir();
        if (folder.isEmpty()) {
            return new BronzeState(engine, null, null, null);
        }
        if (!(engine instanceof KeepsTables keeper)) {
            return new BronzeState(engine, null, null, "the " + engineName(engine) + " engine keeps no state");
        }
        Path file = folder.get().resolve(FILE_NAME);
        try {
            Files.createDirectories(folder.get());
        } catch (IOException e) {
            throw new SalesLensException(
                    DiskErrors.codeOf(e, ErrorCode.FILE_IO_FAILED),
                    folder.get() + ": cannot create the state folder (" + e.getMessage()
                            + "); give another with --state",
                    e);
        }
        String specHash = specHash(context);
        String version = context.saleslensVersion();
        String reason = Files.exists(file) ? null : "no state yet in " + folder.get();
        if (reason == null) {
            try {
                keeper.attach(file, ALIAS);
                reason = whyNotReusable(engine, specHash, version);
            } catch (SalesLensException e) {
                reason = "the state database " + file + " cannot be read (" + firstLine(e.getMessage()) + ")";
            }
        }
        if (reason != null) {
            detachQuietly(keeper);
            delete(file);
            keeper.attach(file, ALIAS);
            create(engine, specHash, version);
        }
        return new BronzeState(engine, keeper, file, reason);
    }

    private static String whyNotReusable(Engine engine, String specHash, String version) {
        List<Map<String, Object>> meta;
        try {
            meta = engine.query("SELECT key, value FROM " + META);
            for (Map<String, Object> row : engine.query("SELECT tbl FROM " + FILES)) {
                engine.queryLong("SELECT count(*) FROM " + ALIAS + "." + row.get("tbl") + "_rejected");
                engine.queryLong("SELECT count(*) FROM " + ALIAS + "." + row.get("tbl"));
            }
        } catch (SalesLensException e) {
            return "the state database is damaged (" + firstLine(e.getMessage()) + ")";
        }
        String stateVersion = value(meta, "saleslens_version");
        if (!version.equals(stateVersion)) {
            return "the state was written by SalesLens " + stateVersion + ", this is " + version;
        }
        if (!specHash.equals(value(meta, "spec_sha256"))) {
            return "the spec changed since the state was written";
        }
        return null;
    }

    private static void create(Engine engine, String specHash, String version) {
        SqlDialect sql = engine.dialect();
        engine.execute("CREATE TABLE " + META + " (key VARCHAR, value VARCHAR)");
        engine.execute("INSERT INTO " + META + " VALUES ('saleslens_version', " + sql.literal(version)
                + "), ('spec_sha256', " + sql.literal(specHash) + ")");
        engine.execute("CREATE TABLE " + FILES + " (source VARCHAR, path VARCHAR, sha256 VARCHAR, tbl VARCHAR,"
                + " columns VARCHAR, rows_loaded BIGINT, rows_rejected BIGINT, blank_lines BIGINT, dialect VARCHAR)");
    }

    boolean active() {
        return keeper != null;
    }

    /** The bronze of a file an earlier run read, if its content is unchanged. */
    Optional<StoredFile> find(String source, InputFile input) {
        if (!active() || reason != null) {
            return Optional.empty();
        }
        SqlDialect sql = engine.dialect();
        List<Map<String, Object>> rows = engine.query("SELECT tbl, columns, rows_loaded, rows_rejected, blank_lines,"
                + " dialect FROM " + FILES + " WHERE source = " + sql.literal(source) + " AND path = "
                + sql.literal(input.path()) + " AND sha256 = " + sql.literal(input.sha256()));
        if (rows.isEmpty()) {
            return Optional.empty();
        }
        Map<String, Object> row = rows.get(0);
        String tbl = (String) row.get("tbl");
        kept.add(tbl);
        filesReused++;
        return Optional.of(new StoredFile(
                ALIAS + "." + tbl,
                new LoadedTable(
                        ALIAS + "." + tbl,
                        read((String) row.get("columns"), new TypeReference<List<String>>() {}),
                        ((Number) row.get("rows_loaded")).longValue(),
                        ((Number) row.get("rows_rejected")).longValue(),
                        ((Number) row.get("blank_lines")).longValue(),
                        read((String) row.get("dialect"), new TypeReference<Map<String, Object>>() {}))));
    }

    /** Keeps a file just read: its bronze table and rejected lines are copied into the state. */
    void store(String source, InputFile input, LoadedTable read) {
        filesRead++;
        if (!active()) {
            return;
        }
        SqlDialect sql = engine.dialect();
        // One table per source, path and content: a file's name in the state is a hash of the three.
        String tbl = "b_"
                + sha256(source + "\n" + input.path() + "\n" + input.sha256()).substring(0, 24);
        engine.execute("DROP TABLE IF EXISTS " + ALIAS + "." + tbl);
        engine.execute("CREATE TABLE " + ALIAS + "." + tbl + " AS SELECT * FROM " + read.table());
        engine.execute("DROP TABLE IF EXISTS " + ALIAS + "." + tbl + "_rejected");
        engine.execute("CREATE TABLE " + ALIAS + "." + tbl + "_rejected AS SELECT * FROM " + read.rejectedTable());
        engine.execute("DELETE FROM " + FILES + " WHERE source = " + sql.literal(source) + " AND path = "
                + sql.literal(input.path()) + " AND sha256 = " + sql.literal(input.sha256()));
        engine.execute("INSERT INTO " + FILES + " VALUES (" + sql.literal(source) + ", " + sql.literal(input.path())
                + ", " + sql.literal(input.sha256()) + ", " + sql.literal(tbl) + ", "
                + sql.literal(write(read.columns())) + ", " + read.rowsLoaded() + ", " + read.rowsRejected() + ", "
                + read.blankLines() + ", " + sql.literal(write(read.dialect())) + ")");
        kept.add(tbl);
    }

    /** What the run did with the state; files of the state this run did not use are dropped from it. */
    RefreshOutcome outcome() {
        if (!active() && reason == null) {
            return RefreshOutcome.OFF;
        }
        if (reason != null) {
            return new RefreshOutcome("full", reason, filesRead, 0, filesDropped);
        }
        return new RefreshOutcome("refresh", null, filesRead, filesReused, filesDropped);
    }

    /** Drops the files no longer among the inputs (deleted, renamed or changed) and writes the state to its file. */
    @Override
    public void close() {
        if (!active() || closed) {
            return;
        }
        closed = true;
        try {
            for (Map<String, Object> row : engine.query("SELECT tbl FROM " + FILES)) {
                String tbl = (String) row.get("tbl");
                if (!kept.contains(tbl)) {
                    engine.execute("DROP TABLE IF EXISTS " + ALIAS + "." + tbl);
                    engine.execute("DROP TABLE IF EXISTS " + ALIAS + "." + tbl + "_rejected");
                    engine.execute("DELETE FROM " + FILES + " WHERE tbl = "
                            + engine.dialect().literal(tbl));
                    filesDropped++;
                }
            }
        } finally {
            keeper.detach(ALIAS);
        }
    }

    Path file() {
        return file;
    }

    /** A file's bronze as the state holds it: its table (and {@code <table>_rejected}) and what reading it gave. */
    record StoredFile(String table, LoadedTable read) {}

    private static String specHash(RunContext context) {
        return sha256(write(JSON.valueToTree(context.spec())));
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String value(List<Map<String, Object>> meta, String key) {
        return meta.stream()
                .filter(row -> key.equals(row.get("key")))
                .map(row -> (String) row.get("value"))
                .findFirst()
                .orElse("unknown");
    }

    private static void detachQuietly(KeepsTables keeper) {
        try {
            keeper.detach(ALIAS);
        } catch (SalesLensException e) {
            // Not attached, or unreadable: the file is deleted next either way.
        }
    }

    private static void delete(Path file) {
        try {
            Files.deleteIfExists(file);
            Files.deleteIfExists(file.resolveSibling(file.getFileName() + ".wal"));
        } catch (IOException e) {
            throw new SalesLensException(
                    DiskErrors.codeOf(e, ErrorCode.FILE_IO_FAILED),
                    file + ": cannot replace the state database (" + e.getMessage() + "); delete it or give --state",
                    e);
        }
    }

    private static String engineName(Engine engine) {
        return engine.getClass().getSimpleName().replace("Engine", "").toLowerCase(java.util.Locale.ROOT);
    }

    private static String firstLine(String message) {
        return message == null ? "no message" : message.lines().findFirst().orElse(message);
    }

    private static String write(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a value that cannot be written as JSON", e);
        }
    }

    private static <T> T read(String json, TypeReference<T> type) {
        try {
            return JSON.readValue(json, type);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("the state database holds a value that is not JSON: " + json, e);
        }
    }
}
