package io.saleslens.serve;

import static java.util.Objects.requireNonNull;

import io.saleslens.error.ErrorCode;
import io.saleslens.error.SalesLensException;
import io.saleslens.history.HistoryDatabase;
import io.saleslens.history.PageViewCounts;
import io.saleslens.history.RunHistory;
import java.io.IOException;
import java.net.BindException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.util.thread.QueuedThreadPool;

/**
 * The live site of an output folder on an embedded Jetty: started on an address and port, stopped by {@link #close}.
 * Page view counts are added to the history every {@value #FLUSH_SECONDS} seconds and when it stops.
 */
public final class SiteServer implements AutoCloseable {
    static final int FLUSH_SECONDS = 10;

    private final Server server;
    private final ServerConnector connector;
    private final PageViews views;
    private final ScheduledExecutorService flusher;

    private SiteServer(Server server, ServerConnector connector, PageViews views, ScheduledExecutorService flusher) {
        this.server = server;
        this.connector = connector;
        this.views = views;
        this.flusher = flusher;
    }

    /**
     * Serves {@code outDir} on {@code bind}:{@code port} (port 0: any free one), reading history from {@code history}.
     *
     * @throws SalesLensException a user error when the address cannot be bound (in use, not this machine's)
     */
    public static SiteServer start(Path outDir, HistoryDatabase history, String bind, int port) {
        requireNonNull(outDir, "outDir is null");
        QueuedThreadPool threads = new QueuedThreadPool(16, 2);
        threads.setName("saleslens-serve");
        threads.setDaemon(true);
        Server server = new Server(threads);
        HttpConfiguration http = new HttpConfiguration();
        http.setSendServerVersion(false);
        http.setSendDateHeader(true);
        ServerConnector connector = new ServerConnector(server, new HttpConnectionFactory(http));
        connector.setHost(bind);
        connector.setPort(port);
        server.addConnector(connector);
        PageViews views = new PageViews(new PageViewCounts(history), Clock.systemDefaultZone());
        server.setHandler(new SiteHandler(new RunFolders(outDir), new RunHistory(history), views));
        server.setStopTimeout(2_000);
        try {
            server.start();
        } catch (Exception e) {
            stopQuietly(server);
            if (e instanceof BindException || e.getCause() instanceof BindException || e instanceof IOException) {
                throw new SalesLensException(
                        ErrorCode.OPTION_INVALID,
                        bind + ":" + port + ": cannot serve on this address (" + e.getMessage()
                                + "); give --port a free port or --bind an address of this machine",
                        e);
            }
            throw new IllegalStateException("the web server did not start", e);
        }
        ScheduledExecutorService flusher = Executors.newSingleThreadScheduledExecutor(task -> {
            Thread thread = new Thread(task, "saleslens-page-views");
            thread.setDaemon(true);
            return thread;
        });
        flusher.scheduleWithFixedDelay(
                () -> {
                    try {
                        views.flush();
                    } catch (RuntimeException e) {
                        // The history is busy or away: the counts stay in memory until the next try.
                    }
                },
                FLUSH_SECONDS,
                FLUSH_SECONDS,
                TimeUnit.SECONDS);
        return new SiteServer(server, connector, views, flusher);
    }

    /** The port the site answers on (the one chosen when started on port 0). */
    public int port() {
        return connector.getLocalPort();
    }

    /** The site's address: http://HOST:PORT/. */
    public String url() {
        String host = connector.getHost() == null ? "127.0.0.1" : connector.getHost();
        return "http://" + (host.contains(":") ? "[" + host + "]" : host) + ":" + port() + "/";
    }

    /** Writes the page views counted so far to the history now. */
    public void flushPageViews() {
        views.flush();
    }

    /** Waits until the server stops (the process is told to end). */
    public void join() throws InterruptedException {
        server.join();
    }

    @Override
    public void close() {
        flusher.shutdownNow();
        stopQuietly(server);
        try {
            views.flush();
        } catch (RuntimeException e) {
            // Counts that cannot be written at the end are lost; they are statistics, not data.
        }
    }

    private static void stopQuietly(Server server) {
        try {
            server.stop();
        } catch (Exception ignored) {
            // Stopping a server that did not start, or is stopping already.
        }
    }
}
