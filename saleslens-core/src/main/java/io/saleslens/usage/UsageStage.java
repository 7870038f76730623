package io.saleslens.usage;

import static java.util.Objects.requireNonNull;

import io.saleslens.error.SalesLensException;
import io.saleslens.stage.RunContext;
import io.saleslens.stage.Stage;
import io.saleslens.stage.StageResult;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;

/**
 * Reads the site's page views over the {@value #DAYS} days up to the run's start from the history, writes usage.json
 * and hands the {@link SiteUsage} on to the reports. A history that cannot be read makes the figures "not measured",
 * with a warning: usage is about the site, and never fails a run of the data.
 */
public final class UsageStage implements Stage {
    /** A month of views: the window of the executive report's dashboard utilisation. */
    public static final int DAYS = 30;

    private final PageViewSource views;

    public UsageStage(PageViewSource views) {
        this.views = requireNonNull(views, "views is null");
    }

    @Override
    public String name() {
        return "usage";
    }

    @Override
    public StageResult run(RunContext context) {
        LocalDate day = context.runId().startedAt().toLocalDate();
        SiteUsage usage;
        try {
            Optional<Map<String, Long>> counted = views.lastDays(DAYS, day);
            usage = counted.isPresent()
                    ? SiteUsage.measured(DAYS, day, counted.get())
                    : SiteUsage.notMeasured(DAYS, day, SiteUsage.NEVER_SERVED);
        } catch (SalesLensException e) {
            String reason = "the history database could not be read (" + e.getMessage() + ")";
            usage = SiteUsage.notMeasured(DAYS, day, reason);
        }
        UsageDocument.write(context.runDir(), context.runId().toString(), usage);
        return usage;
    }
}
