package io.saleslens.spec;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * The pipeline figures of fixture deals computed in plain Java from the rows the fixture wrote, independently of the
 * code under test: won, lost and open by the stage lists, win rates, open and weighted pipeline, cycle median.
 */
final class DealFigures {
    private final List<DealRow> deals;
    private final Set<String> won;
    private final Set<String> lost;
    private final Set<String> open;

    DealFigures(List<DealRow> deals, Set<String> won, Set<String> lost, Set<String> open) {
        this.deals = deals;
        this.won = won;
        this.lost = lost;
        this.open = open;
    }

    List<DealRow> won() {
        return deals.stream().filter(d -> won.contains(d.stage())).toList();
    }

    List<DealRow> lost() {
        return deals.stream().filter(d -> lost.contains(d.stage())).toList();
    }

    List<DealRow> open() {
        return deals.stream().filter(d -> open.contains(d.stage())).toList();
    }

    long unclassified() {
        return deals.stream()
                .filter(d -> !won.contains(d.stage()) && !lost.contains(d.stage()) && !open.contains(d.stage()))
                .count();
    }

    static BigDecimal sum(List<DealRow> rows) {
        return rows.stream().map(DealRow::amount).filter(Objects::nonNull).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    double wonRevenue() {
        return cents(sum(won()));
    }

    long customersWithWonDeals() {
        return won().stream()
                .map(DealRow::account)
                .filter(Objects::nonNull)
                .distinct()
                .count();
    }

    long accounts() {
        return deals.stream()
                .map(DealRow::account)
                .filter(Objects::nonNull)
                .distinct()
                .count();
    }

    double winRateByCount() {
        return ratio(BigDecimal.valueOf(won().size()), BigDecimal.valueOf(won().size() + lost().size()));
    }

    double winRateByValue() {
        return ratio(sum(won()), sum(won()).add(sum(lost())));
    }

    double openPipeline() {
        return cents(sum(open()));
    }

    double weightedPipeline() {
        BigDecimal weighted = BigDecimal.ZERO;
        for (DealRow deal : open()) {
            if (deal.amount() != null && deal.probability() != null) {
                weighted = weighted.add(deal.amount().multiply(BigDecimal.valueOf(deal.probability())));
            }
        }
        return cents(weighted);
    }

    /** Median of the won deals' created-to-close days, left out when closed before created; interpolated between ranks. */
    double cycleMedian() {
        List<Long> days = new ArrayList<>();
        for (DealRow deal : won()) {
            if (deal.created() != null && deal.closed() != null) {
                long span = ChronoUnit.DAYS.between(deal.created(), deal.closed());
                if (span >= 0) {
                    days.add(span);
                }
            }
        }
        days.sort(null);
        double position = (days.size() - 1) * 0.5;
        int below = (int) Math.floor(position);
        int above = (int) Math.ceil(position);
        return days.get(below) + (position - below) * (days.get(above) - days.get(below));
    }

    private static double cents(BigDecimal value) {
        return value.setScale(2, RoundingMode.HALF_UP).doubleValue();
    }

    private static double ratio(BigDecimal part, BigDecimal whole) {
        return part.divide(whole, 6, RoundingMode.HALF_UP).doubleValue();
    }
}
