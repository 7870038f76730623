package io.saleslens.engine;

import java.nio.file.Path;

/**
 * An engine that can open a database file of its own beside the run's, so tables outlive the run: incremental refresh
 * keeps the bronze tables of unchanged files there. Engines without such a file (a cluster) do not implement it.
 */
public interface KeepsTables {

    /**
     * Opens {@code file} under the schema-like name {@code alias}, creating it when absent; a file that is not such a
     * database fails with the engine's message.
     */
    void attach(Path file, String alias);

    /** Writes what the attached database holds to its file and closes it. */
    void detach(String alias);
}
