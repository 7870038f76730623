package io.saleslens.cli;

import io.saleslens.report.Figures;
import io.saleslens.run.ProgressListener;
import java.io.PrintWriter;
import java.util.Locale;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

/**
 * One line per stage on stderr in aligned columns: the stage, what it counted ("36 checks", "3 dashboards") and its
 * milliseconds. On a terminal, a moving bar with the elapsed time shows that a long stage is still working, and how far
 * it has got when the stage tells (the ingest stage's bytes read); off a terminal (a pipe, a log file) only the lines.
 */
final class ConsoleProgress implements ProgressListener {
    private final PrintWriter err;
    private final boolean terminal;
    private ScheduledExecutorService ticker;
    private ScheduledFuture<?> tick;
    private String detail = "";

    ConsoleProgress(PrintWriter err) {
        this(err, System.console() != null);
    }

    /** @param terminal whether stderr is a terminal: only there are the bar and the progress within a stage drawn */
    ConsoleProgress(PrintWriter err, boolean terminal) {
        this.err = err;
        this.terminal = terminal;
    }

    @Override
    public synchronized void stageStarted(String stage) {
        if (!terminal) {
            return;
        }
        if (ticker == null) {
            ticker = Executors.newSingleThreadScheduledExecutor(runnable -> {
                Thread thread = new Thread(runnable, "progress");
                thread.setDaemon(true);
                return thread;
            });
        }
        long start = System.nanoTime();
        tick = ticker.scheduleAtFixedRate(() -> drawBar(stage, start), 500, 250, TimeUnit.MILLISECONDS);
    }

    private synchronized void drawBar(String stage, long start) {
        long millis = (System.nanoTime() - start) / 1_000_000;
        int position = (int) (millis / 250 % 20);
        String bar = " ".repeat(position) + "===" + " ".repeat(20 - position);
        err.print("\r  " + pad(stage, 11) + " [" + bar.substring(0, 20) + "] " + millis / 1000 + " s" + detail);
        err.flush();
    }

    /** On a terminal, the bar of the running stage shows how far it has got ("45.2 of 120.0 MB") from now on. */
    @Override
    public synchronized void stageProgress(String stage, long done, long total, String unit) {
        if (terminal) {
            detail = "  " + progressText(done, total, unit);
        }
    }

    /** Bytes in megabytes with one decimal, anything else as counts: "45.2 of 120.0 MB", "1,204 of 5,000 rows". */
    static String progressText(long done, long total, String unit) {
        if (unit.equals("bytes")) {
            return String.format(Locale.ROOT, "%,.1f of %,.1f MB", done / 1e6, total / 1e6);
        }
        return Figures.count(done) + " of " + Figures.count(total) + " " + unit;
    }

    @Override
    public synchronized void stageFinished(String stage, long rows, long millis) {
        if (tick != null) {
            tick.cancel(false);
            err.print("\r" + " ".repeat(50 + detail.length()) + "\r");
        }
        detail = "";
        err.println("  " + pad(stage, 11) + leftPad(Figures.count(rows), 10) + " " + pad(unit(stage, rows), 16)
                + leftPad(Figures.count(millis), 7) + " ms");
        err.flush();
    }

    @Override
    public synchronized void warning(String message) {
        err.println("saleslens: warning: " + message);
        err.flush();
    }

    /** What a stage's count counts, in words: each stage returns the number of the things it made or read. */
    static String unit(String stage, long count) {
        String unit = switch (stage) {
            case "ingest" -> "rows read";
            case "bind" -> count == 1 ? "source bound" : "sources bound";
            case "scope" -> "rows filtered";
            case "check" -> count == 1 ? "check" : "checks";
            case "clean" -> "rows clean";
            case "summarise" -> "rows accounted";
            case "model", "measure" -> count == 1 ? "order line" : "order lines";
            case "analyse" -> count == 1 ? "customer scored" : "customers scored";
            case "audiences" -> count == 1 ? "customer listed" : "customers listed";
            case "insights" -> count == 1 ? "insight" : "insights";
            case "targets" -> count == 1 ? "target" : "targets";
            case "compare" -> count == 1 ? "figure compared" : "figures compared";
            case "alerts" -> count == 1 ? "alert" : "alerts";
            case "notify" -> count == 1 ? "digest delivered" : "digests delivered";
            case "dashboards" -> count == 1 ? "dashboard" : "dashboards";
            case "report" -> count == 1 ? "report" : "reports";
            case "export" -> "rows exported";
            default -> count == 1 ? "row" : "rows";
        };
        return unit;
    }

    private static String leftPad(String text, int width) {
        return text.length() >= width ? text : " ".repeat(width - text.length()) + text;
    }

    private static String pad(String text, int width) {
        return text.length() >= width ? text + " " : text + " ".repeat(width - text.length());
    }
}
