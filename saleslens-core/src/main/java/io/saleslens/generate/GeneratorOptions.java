package io.saleslens.generate;

import static java.util.Objects.requireNonNull;

import java.nio.file.Path;
import java.time.LocalDate;

/**
 * What to generate: how many order lines, from which seed, how dirty, where, and over which months.
 *
 * @param lines order lines to write to sales_details.csv (at least 1)
 * @param seed seed of every random choice; the same options give byte-identical files
 * @param dirtRate probability, between 0 and 1, with which each kind of defect is planted in an
 *     eligible row
 * @param outputDirectory folder that receives source_crm/, source_erp/ and truth.json
 * @param startDate first day of the first month of orders (moved to the first of its month)
 * @param months number of calendar months the orders span (at least 1)
 * @param campaign a campaign to plant in the orders, with its audience files; null for none
 */
public record GeneratorOptions(
        long lines,
        long seed,
        double dirtRate,
        Path outputDirectory,
        LocalDate startDate,
        int months,
        CampaignPlan campaign) {

    public static final long DEFAULT_SEED = 42;
    public static final double DEFAULT_DIRT_RATE = 0.01;
    /** The crm-erp sample's orders run from the end of 2010 to early 2014. */
    public static final LocalDate DEFAULT_START_DATE = LocalDate.of(2011, 1, 1);

    public static final int DEFAULT_MONTHS = 36;

    public GeneratorOptions {
        requireNonNull(outputDirectory, "outputDirectory is null");
        requireNonNull(startDate, "startDate is null");
        if (lines < 1) {
            throw new IllegalArgumentException("lines must be at least 1, got " + lines);
        }
        if (!(dirtRate >= 0 && dirtRate <= 1)) {
            throw new IllegalArgumentException("dirtRate must be between 0 and 1, got " + dirtRate);
        }
        if (months < 1) {
            throw new IllegalArgumentException("months must be at least 1, got " + months);
        }
        startDate = startDate.withDayOfMonth(1);
        if (campaign != null) {
            campaign.requireWithin(startDate, months);
        }
    }

    public GeneratorOptions(
            long lines, long seed, double dirtRate, Path outputDirectory, LocalDate startDate, int months) {
        this(lines, seed, dirtRate, outputDirectory, startDate, months, null);
    }

    /** The last day orders are generated for. */
    public LocalDate endDate() {
        return startDate.plusMonths(months).minusDays(1);
    }

    public static Builder builder(long lines, Path outputDirectory) {
        return new Builder(lines, outputDirectory);
    }

    /** Starts from the defaults; only lines and the output folder have none. */
    public static final class Builder {
        private final long lines;
        private final Path outputDirectory;
        private long seed = DEFAULT_SEED;
        private double dirtRate = DEFAULT_DIRT_RATE;
        private LocalDate startDate = DEFAULT_START_DATE;
        private int months = DEFAULT_MONTHS;
        private Double campaignLift;
        private LocalDate campaignStart;
        private LocalDate campaignEnd;

        private Builder(long lines, Path outputDirectory) {
            this.lines = lines;
            this.outputDirectory = outputDirectory;
        }

        public Builder seed(long seed) {
            this.seed = seed;
            return this;
        }

        public Builder dirtRate(double dirtRate) {
            this.dirtRate = dirtRate;
            return this;
        }

        public Builder startDate(LocalDate startDate) {
            this.startDate = startDate;
            return this;
        }

        public Builder months(int months) {
            this.months = months;
            return this;
        }

        /** Plants a campaign with this relative lift over its default window (the last months of the orders). */
        public Builder campaign(double relativeLift) {
            this.campaignLift = relativeLift;
            return this;
        }

        public Builder campaignWindow(LocalDate start, LocalDate end) {
            this.campaignStart = start;
            this.campaignEnd = end;
            return this;
        }

        public GeneratorOptions build() {
            CampaignPlan campaign = null;
            if (campaignLift != null) {
                LocalDate firstDay = startDate.withDayOfMonth(1);
                // The default window ends a month before the data does, so the data covers it whole.
                LocalDate start = campaignStart != null
                        ? campaignStart
                        : firstDay.plusMonths(Math.max(1, months - 1 - CampaignPlan.DEFAULT_WINDOW_MONTHS));
                LocalDate end = campaignEnd != null
                        ? campaignEnd
                        : firstDay.plusMonths(Math.max(2, months - 1)).minusDays(1);
                campaign = CampaignPlan.of(campaignLift, start, end);
            } else if (campaignStart != null) {
                throw new IllegalArgumentException("a campaign window needs a campaign lift (--campaign)");
            }
            return new GeneratorOptions(lines, seed, dirtRate, outputDirectory, startDate, months, campaign);
        }
    }
}
