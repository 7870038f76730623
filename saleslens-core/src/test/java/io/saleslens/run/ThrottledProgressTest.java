package io.saleslens.run;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class ThrottledProgressTest {

    /** Records what the listener hears, as "stage done/total unit". */
    private static final class Heard implements ProgressListener {
        final List<String> reports = new ArrayList<>();

        @Override
        public void stageStarted(String stage) {}

        @Override
        public void stageFinished(String stage, long rows, long millis) {}

        @Override
        public void stageProgress(String stage, long done, long total, String unit) {
            reports.add(stage + " " + done + "/" + total + " " + unit);
        }
    }

    @Test
    void theFirstReportPassesAndThenOnePerSecond() {
        Heard heard = new Heard();
        AtomicLong now = new AtomicLong(5_000_000_000L);
        ThrottledProgress progress = new ThrottledProgress("ingest", heard, now::get);
        progress.advanced(10, 100, "bytes");
        now.addAndGet(400_000_000L);
        progress.advanced(20, 100, "bytes");
        now.addAndGet(599_999_999L);
        progress.advanced(30, 100, "bytes");
        now.addAndGet(1L);
        progress.advanced(40, 100, "bytes");
        assertThat(heard.reports).containsExactly("ingest 10/100 bytes", "ingest 40/100 bytes");
    }

    @Test
    void theReportThatCompletesTheWorkAlwaysPasses() {
        Heard heard = new Heard();
        AtomicLong now = new AtomicLong();
        ThrottledProgress progress = new ThrottledProgress("ingest", heard, now::get);
        progress.advanced(10, 100, "bytes");
        progress.advanced(100, 100, "bytes");
        assertThat(heard.reports).containsExactly("ingest 10/100 bytes", "ingest 100/100 bytes");
    }
}
