package io.saleslens.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DuckDbNativeLibraryTest {
    @TempDir
    Path dir;

    static URL bundled() {
        URL bundled = DuckDbNativeLibrary.class.getClassLoader().getResource(DuckDbNativeLibrary.bundledLibraryName());
        Assumptions.assumeTrue(
                bundled != null,
                "duckdb-java bundles no native library for " + DuckDbNativeLibrary.bundledLibraryName());
        return bundled;
    }

    @Test
    void theLibraryIsUnpackedOnceAndReused() throws Exception {
        Path cache = dir.resolve("cache");
        Path first = DuckDbNativeLibrary.unpack(bundled(), cache);
        Object written = Files.readAttributes(first, BasicFileAttributes.class).fileKey();
        Path second = DuckDbNativeLibrary.unpack(bundled(), cache);
        assertThat(second).isEqualTo(first);
        assertThat(Files.readAttributes(second, BasicFileAttributes.class).fileKey())
                .isEqualTo(written);
        assertThat(Files.size(first)).isEqualTo(bundled().openConnection().getContentLengthLong());
        try (Stream<Path> files = Files.walk(cache)) {
            assertThat(files.filter(Files::isRegularFile)).containsExactly(first);
        }
    }

    @Test
    void aTruncatedCopyIsReplaced() throws Exception {
        Path cache = dir.resolve("cache");
        Path library = DuckDbNativeLibrary.unpack(bundled(), cache);
        Files.write(library, new byte[10]);
        assertThat(Files.size(DuckDbNativeLibrary.unpack(bundled(), cache)))
                .isEqualTo(bundled().openConnection().getContentLengthLong());
    }

    @Test
    void theCacheFolderFollowsTheSystemProperty() {
        String before = System.getProperty(DuckDbNativeLibrary.CACHE_PROPERTY);
        try {
            System.setProperty(DuckDbNativeLibrary.CACHE_PROPERTY, dir.toString());
            assertThat(DuckDbNativeLibrary.cacheFolder()).isEqualTo(dir);
        } finally {
            if (before == null) {
                System.clearProperty(DuckDbNativeLibrary.CACHE_PROPERTY);
            } else {
                System.setProperty(DuckDbNativeLibrary.CACHE_PROPERTY, before);
            }
        }
    }

    /** In a JVM of its own, so the driver has not been loaded yet: nothing lands in the temporary folder. */
    @Test
    void anEngineLoadsTheCachedLibraryAndUnpacksNothingIntoTheTemporaryFolder() throws Exception {
        bundled();
        Path tmp = Files.createDirectory(dir.resolve("tmp"));
        Path cache = dir.resolve("cache");
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Process child = new ProcessBuilder(
                        java.toString(),
                        "-Djava.io.tmpdir=" + tmp,
                        "-D" + DuckDbNativeLibrary.CACHE_PROPERTY + "=" + cache,
                        "-cp",
                        System.getProperty("java.class.path"),
                        OneEngine.class.getName(),
                        dir.resolve("spill").toString())
                .redirectErrorStream(true)
                .start();
        String output = new String(child.getInputStream().readAllBytes());
        assertThat(child.waitFor()).as(output).isZero();
        assertThat(output).contains("answer=42", "loader=saleslens-duckdb");
        try (Stream<Path> files = Files.list(tmp)) {
            assertThat(files.map(p -> p.getFileName().toString())).noneMatch(name -> name.startsWith("libduckdb_java"));
        }
        try (Stream<Path> files = Files.walk(cache)) {
            assertThat(files.filter(Files::isRegularFile)
                            .map(p -> p.getFileName().toString()))
                    .containsExactly(System.mapLibraryName("duckdb_java"));
        }
    }

    /** Opens one engine and prints a query's answer and which class loader holds the driver. */
    public static final class OneEngine {
        public static void main(String[] args) {
            try (DuckDbEngine engine = new DuckDbEngine(Path.of(args[0]), null)) {
                List<Map<String, Object>> rows = engine.query("SELECT 42 AS answer");
                System.out.println("answer=" + rows.get(0).get("answer"));
                System.out.println("loader="
                        + DuckDbNativeLibrary.cachedDriver()
                                .getClass()
                                .getClassLoader()
                                .getName());
            }
        }
    }
}
