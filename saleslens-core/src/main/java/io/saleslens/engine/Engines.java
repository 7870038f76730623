package io.saleslens.engine;

import io.saleslens.error.ErrorCode;
import io.saleslens.error.SalesLensException;
import java.nio.file.Path;
import java.util.ServiceLoader;

/** Opens the engine a run asks for by name: the embedded DuckDB, or one found on the class path. */
public final class Engines {
    public static final String EMBEDDED = "duckdb";

    private Engines() {}

    public static Engine open(String name, EngineSettings settings) {
        Engine engine = openUntraced(name, settings);
        String trace = System.getenv(TracingEngine.VARIABLE);
        return trace == null || trace.isBlank() ? engine : new TracingEngine(engine, Path.of(trace));
    }

    private static Engine openUntraced(String name, EngineSettings settings) {
        if (name == null || name.equals(EMBEDDED)) {
            return new DuckDbEngine(settings.spillDirectory(), settings.memoryLimit());
        }
        for (EngineProvider provider : ServiceLoader.load(EngineProvider.class)) {
            if (provider.name().equals(name)) {
                return provider.open(settings);
            }
        }
        throw new SalesLensException(
                ErrorCode.OPTION_INVALID,
                "engine '" + name + "' is not on the class path; use duckdb, or run through the ./saleslens wrapper"
                        + " (it adds the saleslens-spark module for --engine spark) or spark-submit saleslens-spark-submit.jar");
    }
}
