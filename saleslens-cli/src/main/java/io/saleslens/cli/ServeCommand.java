package io.saleslens.cli;

import io.saleslens.error.ErrorCode;
import io.saleslens.error.SalesLensException;
import io.saleslens.history.HistoryDatabase;
import io.saleslens.serve.SiteServer;
import java.io.PrintWriter;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Spec;

/** {@code saleslens serve}: the live site of an output folder until the process is told to stop. */
@Command(
        name = "serve",
        mixinStandardHelpOptions = true,
        description = "Serve the runs, history and alerts of an output folder as a web site with a JSON API.")
final class ServeCommand implements Callable<Integer> {
    @Mixin
    ServeOptions serve;

    @Spec
    picocli.CommandLine.Model.CommandSpec commandSpec;

    @Override
    public Integer call() throws InterruptedException {
        PrintWriter err = commandSpec.commandLine().getErr();
        if (!Files.isDirectory(serve.out)) {
            throw new SalesLensException(
                    ErrorCode.OUTPUT_FOLDER_UNUSABLE,
                    serve.out + ": not a folder; give --out the output folder the runs are published in");
        }
        SiteServer site = serve.start(err);
        Runtime.getRuntime().addShutdownHook(new Thread(site::close, "saleslens-serve-stop"));
        site.join();
        return ExitCode.SUCCESS.code();
    }

    /** Starts the site the options describe and says where it is; shared by serve and watch --serve. */
    static SiteServer start(Path out, HistoryDatabase history, SiteAddress address, PrintWriter err) {
        int port = address.port;
        String bind = address.bind;
        if (port < 0 || port > 65_535) {
            throw new SalesLensException(ErrorCode.OPTION_INVALID, "--port " + port + ": give a port from 0 to 65535");
        }
        boolean loopback = loopback(bind);
        SiteServer site = SiteServer.start(out, history, bind, port);
        err.println("saleslens: serving " + out + " on " + site.url() + " (read-only; Ctrl-C stops)");
        if (!loopback) {
            err.println("saleslens: warning: " + bind + " is not a loopback address: anyone who reaches this"
                    + " machine can read the reports; the site has no login");
        }
        err.flush();
        return site;
    }

    private static boolean loopback(String bind) {
        try {
            return InetAddress.getByName(bind).isLoopbackAddress();
        } catch (UnknownHostException e) {
            throw new SalesLensException(
                    ErrorCode.OPTION_INVALID,
                    "--bind " + bind + ": not an address of this machine; give an IP address");
        }
    }
}
