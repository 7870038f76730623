package io.saleslens.cli;

import io.saleslens.error.ErrorCode;
import io.saleslens.error.SalesLensException;
import io.saleslens.serve.SiteServer;
import io.saleslens.watch.WatchLoop;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalTime;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code saleslens watch DATA_DIR}: a run whenever the data folder's contents change, and with --serve the site of the
 * output folder from the same process. SIGTERM or Ctrl-C stops it between runs: a run under way finishes first.
 */
@Command(
        name = "watch",
        mixinStandardHelpOptions = true,
        description = "Watch a data folder and run whenever its files' contents change (optionally serving the site).")
final class WatchCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "DATA_DIR", description = "Folder holding the source files.")
    Path dataDir;

    @Mixin
    RunOptionsMixin options;

    @Mixin
    ReportOptionsMixin reports;

    @Option(
            names = "--interval",
            paramLabel = "DURATION",
            converter = DurationConverter.class,
            description = "How often to look at the data folder: 500ms, 10s, 5m (default: ${DEFAULT-VALUE}).",
            defaultValue = "60s")
    Duration interval;

    @Option(
            names = "--settle",
            paramLabel = "DURATION",
            converter = DurationConverter.class,
            description = "How long a file must stay unchanged (size and time) before it is read"
                    + " (default: ${DEFAULT-VALUE}).",
            defaultValue = "10s")
    Duration settle;

    @Option(names = "--serve", description = "Serve the output folder's site from this process too.")
    boolean serve;

    /** Used with --serve only. */
    @Mixin
    SiteAddress address;

    @Spec
    picocli.CommandLine.Model.CommandSpec commandSpec;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = commandSpec.commandLine().getOut();
        PrintWriter err = commandSpec.commandLine().getErr();
        if (!Files.isDirectory(dataDir)) {
            throw new SalesLensException(
                    ErrorCode.DATA_FOLDER_NOT_FOUND,
                    dataDir + ": data folder not found; give the folder the source files are dropped into");
        }
        // DurationConverter reads digits only, so zero is the one interval that cannot work.
        if (interval.isZero()) {
            throw new SalesLensException(
                    ErrorCode.OPTION_INVALID, "--interval " + interval + ": give a time above zero, such as 60s");
        }
        Files.createDirectories(options.out);
        SiteServer site = serve ? ServeCommand.start(options.out, options.historyDatabase(), address, err) : null;
        WatchLoop loop = new WatchLoop(
                dataDir,
                options.out,
                interval,
                settle,
                () -> RunCommand.runAndSummarise(dataDir, options, reports, null, false, true, out, err),
                line -> {
                    err.println("saleslens watch " + LocalTime.now().withNano(0) + ": " + line);
                    err.flush();
                },
                Clock.systemDefaultZone());
        CountDownLatch finished = new CountDownLatch(1);
        Thread stopper = new Thread(
                () -> {
                    loop.stop();
                    try {
                        // The process ends when this hook returns: wait for the run under way to publish.
                        finished.await();
                    } catch (InterruptedException ignored) {
                        Thread.currentThread().interrupt();
                    }
                },
                "saleslens-watch-stop");
        Runtime.getRuntime().addShutdownHook(stopper);
        try {
            loop.run();
        } finally {
            if (site != null) {
                site.close();
            }
            finished.countDown();
        }
        return ExitCode.SUCCESS.code();
    }
}
