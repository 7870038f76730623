package io.saleslens.engine;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.file.Path;

/**
 * Defines DuckDB's driver classes itself, from the same class files, so that their native library comes from
 * {@link #findLibrary}: the bundled copy is hidden, which makes the driver ask for the library by name.
 */
final class CachedLibraryClassLoader extends ClassLoader {
    private static final String DUCKDB_PACKAGE = "org.duckdb.";
    private final String bundledLibrary;
    private final Path library;

    CachedLibraryClassLoader(ClassLoader parent, String bundledLibrary, Path library) {
        super("saleslens-duckdb", parent);
        this.bundledLibrary = bundledLibrary;
        this.library = library;
    }

    @Override
    protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
        if (!name.startsWith(DUCKDB_PACKAGE)) {
            return super.loadClass(name, resolve);
        }
        synchronized (getClassLoadingLock(name)) {
            Class<?> loaded = findLoadedClass(name);
            if (loaded == null) {
                URL classFile = getParent().getResource(name.replace('.', '/') + ".class");
                if (classFile == null) {
                    throw new ClassNotFoundException(name);
                }
                try (InputStream in = classFile.openStream()) {
                    byte[] bytes = in.readAllBytes();
                    loaded = defineClass(name, bytes, 0, bytes.length);
                } catch (IOException e) {
                    throw new ClassNotFoundException(name, e);
                }
            }
            if (resolve) {
                resolveClass(loaded);
            }
            return loaded;
        }
    }

    @Override
    public URL getResource(String name) {
        return name.equals(bundledLibrary) ? null : super.getResource(name);
    }

    @Override
    protected String findLibrary(String name) {
        return name.equals("duckdb_java") ? library.toAbsolutePath().toString() : null;
    }
}
