package io.saleslens.engine;

import java.io.IOException;
import java.io.InputStream;
import java.net.JarURLConnection;
import java.net.URL;
import java.net.URLConnection;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.Driver;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Locale;
import java.util.Properties;

/**
 * DuckDB's driver unpacks its native library (about 70 MB) into {@code java.io.tmpdir} under a new name at every
 * start and removes it only when the JVM exits normally, so every killed run leaves a copy. duckdb-java has no setting
 * for where it unpacks the library it bundles (it looks in {@code java.library.path} only when the jar has none).
 * SalesLens unpacks it once into a cache folder and loads the driver through a class loader that hides the bundled
 * copy and answers the driver's {@code System.loadLibrary("duckdb_java")} with the cached one. Where that cannot be
 * done (no bundled library for this platform, no writable cache folder), the driver loads as it always does.
 */
final class DuckDbNativeLibrary {
    static final String CACHE_PROPERTY = "saleslens.cache";
    static final String CACHE_VARIABLE = "SALESLENS_CACHE";
    private static final String DRIVER_CLASS = "org.duckdb.DuckDBDriver";
    private static Driver driver;
    private static boolean resolved;

    private DuckDbNativeLibrary() {}

    /** A connection to {@code url} through the driver that loads the cached library, else through DriverManager. */
    static Connection connect(String url) throws SQLException {
        return connect(url, new Properties());
    }

    static Connection connect(String url, Properties properties) throws SQLException {
        Driver cached = cachedDriver();
        return cached == null ? DriverManager.getConnection(url, properties) : cached.connect(url, properties);
    }

    /** The driver loaded against the cached library, or null where the driver loads its own way. */
    static synchronized Driver cachedDriver() {
        if (!resolved) {
            resolved = true;
            driver = loadCachedDriver();
        }
        return driver;
    }

    private static Driver loadCachedDriver() {
        ClassLoader parent = DuckDbNativeLibrary.class.getClassLoader();
        String resource = bundledLibraryName();
        URL bundled = parent.getResource(resource);
        Path folder = cacheFolder();
        if (bundled == null || folder == null) {
            return null;
        }
        try {
            Path library = unpack(bundled, folder.resolve("duckdb"));
            ClassLoader loader = new CachedLibraryClassLoader(parent, resource, library);
            return (Driver) loader.loadClass(DRIVER_CLASS).getConstructor().newInstance();
        } catch (IOException | ReflectiveOperationException | LinkageError | RuntimeException e) {
            // The cache is an optimisation: without it the driver unpacks its library into the temporary folder.
            return null;
        }
    }

    /** The name duckdb-java gives the library it bundles for this platform, such as libduckdb_java.so_linux_amd64. */
    static String bundledLibraryName() {
        String os = System.getProperty("os.name").toLowerCase(Locale.ROOT).trim();
        String arch = System.getProperty("os.arch").toLowerCase(Locale.ROOT).trim();
        String osName = os.startsWith("windows")
                ? "windows"
                : os.startsWith("mac") ? "macos" : os.startsWith("linux") ? "linux" : os;
        String archName = switch (arch) {
            case "x86_64", "amd64" -> "amd64";
            case "aarch64", "arm64" -> "arm64";
            default -> arch;
        };
        return "libduckdb_java.so_" + osName + "_" + archName;
    }

    /** {@code saleslens.cache}, else {@code $SALESLENS_CACHE}, else {@code $XDG_CACHE_HOME/saleslens}, else ~/.cache/saleslens. */
    static Path cacheFolder() {
        String configured = System.getProperty(CACHE_PROPERTY, System.getenv(CACHE_VARIABLE));
        if (configured != null && !configured.isBlank()) {
            return Path.of(configured);
        }
        String xdg = System.getenv("XDG_CACHE_HOME");
        if (xdg != null && !xdg.isBlank()) {
            return Path.of(xdg, "saleslens");
        }
        String home = System.getProperty("user.home");
        return home == null || home.isBlank() || home.equals("?") ? null : Path.of(home, ".cache", "saleslens");
    }

    /**
     * The library unpacked in {@code folder}, under a name that changes with its content (the jar entry's CRC and
     * size), so a DuckDB upgrade gets its own copy. It is written under a temporary name and renamed, so concurrent
     * first runs each see either no library or a whole one.
     */
    static Path unpack(URL bundled, Path folder) throws IOException {
        URLConnection connection = bundled.openConnection();
        long size;
        String version;
        if (connection instanceof JarURLConnection jar) {
            size = jar.getJarEntry().getSize();
            version = Long.toHexString(jar.getJarEntry().getCrc()) + "-" + size;
        } else {
            size = connection.getContentLengthLong();
            version = Long.toHexString(connection.getLastModified()) + "-" + size;
        }
        Path library = folder.resolve(version).resolve(System.mapLibraryName("duckdb_java"));
        if (Files.isRegularFile(library) && Files.size(library) == size) {
            return library;
        }
        Files.createDirectories(library.getParent());
        Path partial = Files.createTempFile(library.getParent(), "duckdb_java", ".partial");
        try {
            try (InputStream in = connection.getInputStream()) {
                Files.copy(in, partial, StandardCopyOption.REPLACE_EXISTING);
            }
            // As duckdb-java does with its own copy: some systems map a library only from an executable file.
            partial.toFile().setExecutable(true);
            try {
                Files.move(partial, library, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(partial, library, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(partial);
        }
        return library;
    }
}
