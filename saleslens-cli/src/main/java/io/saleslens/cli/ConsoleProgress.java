package io.saleslens.cli;

import io.saleslens.report.Figures;
import io.saleslens.run.ProgressListener;
import java.io.PrintWriter;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

/**
 * One line per stage on stderr (stage, rows, milliseconds). On a terminal, a moving bar with the
 * elapsed time shows that a long stage is still working.
 */
final class ConsoleProgress implements ProgressListener {
    private final PrintWriter err;
    private final boolean terminal = System.console() != null;
    private ScheduledExecutorService ticker;
    private ScheduledFuture<?> tick;

    ConsoleProgress(PrintWriter err) {
        this.err = err;
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
        err.print("\r  " + pad(stage, 10) + " [" + bar.substring(0, 20) + "] " + millis / 1000 + " s");
        err.flush();
    }

    @Override
    public synchronized void stageFinished(String stage, long rows, long millis) {
        if (tick != null) {
            tick.cancel(false);
            err.print("\r" + " ".repeat(50) + "\r");
        }
        err.println("  " + pad(stage, 10) + pad(Figures.count(rows) + " rows", 18) + Figures.count(millis) + " ms");
        err.flush();
    }

    private static String pad(String text, int width) {
        return text.length() >= width ? text + " " : text + " ".repeat(width - text.length());
    }
}
