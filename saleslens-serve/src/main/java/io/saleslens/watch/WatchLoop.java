package io.saleslens.watch;

import static java.util.Objects.requireNonNull;

import io.saleslens.run.PublishedRuns;
import io.saleslens.stage.InputFile;
import io.saleslens.stage.PublishedRun;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Polls a data folder every interval and starts a run when the contents of its files changed since the last run. A
 * file whose size or modification time moved within the settle time is not read yet, so a file still being copied is
 * never read half: the loop looks again once the settle time has passed. {@link #stop} ends the loop between runs; a
 * run under way finishes first, so it publishes a whole folder.
 */
public final class WatchLoop {
    /** Starts one run of the data folder; what it throws is logged and the loop goes on. */
    @FunctionalInterface
    public interface Runner {
        void run() throws Exception;
    }

    private final Path dataDir;
    private final Path outDir;
    private final Duration interval;
    private final Duration settle;
    private final Runner runner;
    private final Consumer<String> log;
    private final Clock clock;
    private final InputFiles files;
    private final Map<Path, InputFiles.Stamp> seen = new HashMap<>();
    private final Map<Path, Long> stillSince = new HashMap<>();
    private final Object sleeping = new Object();
    private volatile boolean stopped;
    private Map<Path, String> lastRun;
    private int runs;

    public WatchLoop(
            Path dataDir,
            Path outDir,
            Duration interval,
            Duration settle,
            Runner runner,
            Consumer<String> log,
            Clock clock) {
        this.dataDir = requireNonNull(dataDir, "dataDir is null");
        this.outDir = requireNonNull(outDir, "outDir is null");
        this.interval = requireNonNull(interval, "interval is null");
        this.settle = requireNonNull(settle, "settle is null");
        this.runner = requireNonNull(runner, "runner is null");
        this.log = requireNonNull(log, "log is null");
        this.clock = requireNonNull(clock, "clock is null");
        this.files = new InputFiles(dataDir);
    }

    /** Polls until {@link #stop}; returns the number of runs it started. */
    public int run() {
        log.accept("watching " + dataDir + " every " + words(interval) + " (settle " + words(settle) + "); runs go to "
                + outDir);
        while (!stopped) {
            Duration wait = poll();
            sleep(wait);
        }
        log.accept("stopped watching " + dataDir + " after " + runs + (runs == 1 ? " run" : " runs"));
        return runs;
    }

    /** Ends the loop: at once when it waits, after the run under way when one is. */
    public void stop() {
        stopped = true;
        synchronized (sleeping) {
            sleeping.notifyAll();
        }
    }

    /** One look at the folder; returns how long to wait before the next. */
    Duration poll() {
        long now = clock.millis();
        Map<Path, InputFiles.Stamp> stamps = files.stamps();
        long newestChange = Long.MIN_VALUE;
        Path moving = null;
        for (Map.Entry<Path, InputFiles.Stamp> file : stamps.entrySet()) {
            InputFiles.Stamp stamp = file.getValue();
            if (!stamp.equals(seen.get(file.getKey()))) {
                seen.put(file.getKey(), stamp);
                stillSince.put(file.getKey(), now);
            }
            // Still since the later of: when this loop first saw it as it is, and its own modification time.
            long since = Math.max(stillSince.get(file.getKey()), Math.min(stamp.modifiedMillis(), now));
            if (since > newestChange) {
                newestChange = since;
                moving = file.getKey();
            }
        }
        seen.keySet().retainAll(stamps.keySet());
        stillSince.keySet().retainAll(stamps.keySet());
        if (stamps.isEmpty()) {
            log.accept(dataDir + ": no input files yet; looking again in " + words(interval));
            return interval;
        }
        long settled = newestChange + settle.toMillis();
        if (settled > now) {
            Duration left = Duration.ofMillis(settled - now);
            log.accept(moving + " changed " + words(Duration.ofMillis(now - newestChange))
                    + " ago; reading it once it has been still for " + words(settle));
            return left.compareTo(interval) < 0 ? left : interval;
        }
        Map<Path, String> hashes = files.hashes(stamps);
        if (lastRun == null && sameAsLatestRun(hashes)) {
            lastRun = hashes;
        }
        if (hashes.equals(lastRun)) {
            log.accept("inputs unchanged (content hashes of " + hashes.size() + " files); no run");
            return interval;
        }
        if (stopped) {
            return Duration.ZERO;
        }
        lastRun = hashes;
        runs++;
        log.accept("inputs changed; starting a run");
        try {
            runner.run();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            stopped = true;
        } catch (Exception e) {
            // A bad file dropped into the folder fails its run; the next change gets its own.
            log.accept("the run failed: "
                    + (e.getMessage() == null
                            ? e.toString()
                            : e.getMessage().lines().findFirst().orElse(""))
                    + "; waiting for the next change");
        }
        return interval;
    }

    /**
     * Whether the newest run in the output folder read exactly these contents: then a watcher started again does not
     * repeat it. Its manifest lists each source file's path and content hash.
     */
    private boolean sameAsLatestRun(Map<Path, String> hashes) {
        Optional<PublishedRun> latest = new PublishedRuns(outDir).latest();
        if (latest.isEmpty() || latest.get().inputs().isEmpty()) {
            return false;
        }
        for (InputFile input : latest.get().inputs()) {
            if (!input.sha256().equals(hashes.get(Path.of(input.path())))) {
                return false;
            }
        }
        log.accept("the inputs are those of run " + latest.get().runId() + " in " + outDir);
        return true;
    }

    private void sleep(Duration wait) {
        long until = clock.millis() + wait.toMillis();
        synchronized (sleeping) {
            while (!stopped) {
                long left = until - clock.millis();
                if (left <= 0) {
                    return;
                }
                try {
                    sleeping.wait(left);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    stopped = true;
                }
            }
        }
    }

    static String words(Duration duration) {
        long millis = duration.toMillis();
        if (millis % 1000 != 0 || millis < 1000) {
            return millis + "ms";
        }
        long seconds = millis / 1000;
        return seconds % 60 == 0 && seconds >= 60 ? seconds / 60 + "m" : seconds + "s";
    }
}
