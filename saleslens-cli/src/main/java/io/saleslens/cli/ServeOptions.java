package io.saleslens.cli;

import io.saleslens.history.HistoryDatabase;
import io.saleslens.serve.SiteServer;
import java.io.PrintWriter;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/** Where the site serves from and on which address: serve's options, and watch's with --serve. */
final class ServeOptions {
    @Option(
            names = "--out",
            description = "Output folder whose runs are served (default: ${DEFAULT-VALUE}).",
            defaultValue = "saleslens-out")
    Path out;

    @Option(
            names = "--port",
            description = "Port to serve on (default: ${DEFAULT-VALUE}; 0: any free port).",
            defaultValue = "8080")
    int port;

    @Option(
            names = "--bind",
            paramLabel = "ADDRESS",
            description = "Address to serve on (default: ${DEFAULT-VALUE}, this machine only).",
            defaultValue = "127.0.0.1")
    String bind;

    @Option(
            names = "--history",
            paramLabel = "URL",
            description = "History database: jdbc:postgresql://HOST/DB (user and password from SALESLENS_HISTORY_USER"
                    + " and SALESLENS_HISTORY_PASSWORD) or jdbc:duckdb:FILE (default: <out>/history.duckdb).")
    String history;

    HistoryDatabase historyDatabase() {
        return HistoryCommand.database(out, history);
    }

    SiteServer start(PrintWriter err) {
        return ServeCommand.start(out, historyDatabase(), bind, port, err);
    }
}
