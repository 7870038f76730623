package io.saleslens.engine;

/**
 * Opens an engine that lives in another module (Spark), found with {@link java.util.ServiceLoader} so
 * that core never depends on it. DuckDB, the embedded default, needs no provider.
 */
public interface EngineProvider {

    /** The name given with {@code --engine}. */
    String name();

    Engine open(EngineSettings settings);
}
