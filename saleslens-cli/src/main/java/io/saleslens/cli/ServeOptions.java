package io.saleslens.cli;

import io.saleslens.history.HistoryDatabase;
import io.saleslens.serve.SiteServer;
import java.io.PrintWriter;
import java.nio.file.Path;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** Where the site serves from and on which address: serve's options, and watch's with --serve. */
final class ServeOptions {
    @Option(
            names = "--out",
            description = "Output folder whose runs are served (default: ${DEFAULT-VALUE}).",
            defaultValue = "saleslens-out")
    Path out;

    @Mixin
    SiteAddress address;

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
        return ServeCommand.start(out, historyDatabase(), address, err);
    }
}
