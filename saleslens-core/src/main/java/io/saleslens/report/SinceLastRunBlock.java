package io.saleslens.report;

import static io.saleslens.report.Figures.count;
import static io.saleslens.report.Figures.percent;
import static io.saleslens.report.Markdown.code;
import static io.saleslens.report.Markdown.escape;

import io.saleslens.catalog.Grain;
import io.saleslens.catalog.Unit;
import io.saleslens.compare.Comparison;
import io.saleslens.compare.Comparison.CheckChange;
import io.saleslens.compare.Comparison.MemberRank;
import io.saleslens.compare.Comparison.MetricChange;
import io.saleslens.compare.Comparison.Ranking;
import io.saleslens.compare.Comparison.SchemaChange;
import io.saleslens.compare.Comparison.SourceRows;
import io.saleslens.compare.Comparison.ValueChange;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * "Since the last run": the run's figures against the previous successful run of its dataset, as the compare stage
 * computed them (compare.json). Every before, after, change and change % is a value of the comparison; nothing is
 * computed here.
 */
final class SinceLastRunBlock {
    static final String HEADING = "Since the last run";
    private static final int MOST_MOVES = 5;
    private static final Map<Grain, String> DIMENSIONS = Map.of(
            Grain.SEGMENT, "Segments",
            Grain.CATEGORY, "Categories",
            Grain.PRODUCT, "Top products",
            Grain.COUNTRY, "Countries");

    private SinceLastRunBlock() {}

    static void render(Markdown md, Comparison comparison, SinceLastRun settings) {
        md.heading(2, HEADING);
        if (!comparison.comparable()) {
            md.paragraph("Nothing to compare with: " + escape(comparison.reason()) + ".");
            return;
        }
        md.paragraph("Compared with run " + code(comparison.previousRunId()) + " of the *"
                + escape(comparison.dataset()) + "* dataset." + prefixed(inputs(comparison.inputs())));
        List<List<String>> rows = new ArrayList<>();
        for (String key : settings.metrics()) {
            comparison.metric(key).ifPresent(change -> rows.add(row(change)));
        }
        if (!rows.isEmpty()) {
            md.table(List.of("Figure", "Last run", "This run", "Change", "Change %", "Reading"), rows);
        }
        List<String> bullets = new ArrayList<>();
        for (Grain grain : List.of(Grain.COUNTRY, Grain.SEGMENT, Grain.CATEGORY, Grain.PRODUCT)) {
            comparison
                    .ranking(grain)
                    .map(SinceLastRunBlock::ranking)
                    .filter(s -> !s.isEmpty())
                    .ifPresent(text -> bullets.add("**" + DIMENSIONS.get(grain) + ":** " + text));
        }
        checks(comparison).ifPresent(bullets::add);
        rowsPerSource(comparison.rowsPerSource()).ifPresent(bullets::add);
        schema(comparison.schema()).ifPresent(bullets::add);
        if (bullets.isEmpty()) {
            md.paragraph("No segment, category, product or country moved, and no check, row count or column changed.");
        } else {
            md.bullets(bullets);
        }
    }

    private static String prefixed(String sentence) {
        return sentence.isEmpty() ? "" : " " + sentence;
    }

    private static String inputs(Comparison.Inputs inputs) {
        if (inputs.identical()) {
            return "The inputs are identical to that run's: every source has the same content (sha256).";
        }
        List<String> changed = inputs.sources().stream()
                .filter(source -> !source.identical())
                .map(source -> code(source.source()))
                .toList();
        return changed.isEmpty() ? "" : "Changed inputs: " + String.join(", ", changed) + ".";
    }

    private static List<String> row(MetricChange change) {
        boolean date = change.unit() == Unit.DATE;
        return List.of(
                code(change.key()),
                date ? escape(text(change.beforeDate())) : value(change.unit(), change.before()),
                date ? escape(text(change.afterDate())) : value(change.unit(), change.after()),
                change.change() == null ? "–" : signed(change.unit(), change.change()),
                change.relativeChange() == null ? "–" : signedPercent(change.relativeChange()),
                change.favourable() == null ? "–" : change.favourable() ? "favourable" : "unfavourable");
    }

    private static String ranking(Ranking ranking) {
        List<String> parts = new ArrayList<>();
        ranking.member(nullToEmpty(ranking.largestDetractor()))
                .ifPresent(m -> parts.add("largest fall " + escape(m.member()) + " (" + memberChange(m) + ")"));
        ranking.member(nullToEmpty(ranking.largestContributor()))
                .ifPresent(m -> parts.add("largest rise " + escape(m.member()) + " (" + memberChange(m) + ")"));
        List<String> moves = ranking.members().stream()
                .filter(m -> m.status().equals("moved"))
                .limit(MOST_MOVES)
                .map(m -> escape(m.member()) + " " + count(m.beforeRank()) + " → " + count(m.afterRank()))
                .toList();
        if (!moves.isEmpty()) {
            parts.add("rank moves " + String.join(", ", moves));
        }
        List<String> appeared = names(ranking, "appeared");
        if (!appeared.isEmpty()) {
            parts.add("new " + String.join(", ", appeared));
        }
        List<String> vanished = names(ranking, "vanished");
        if (!vanished.isEmpty()) {
            parts.add("gone " + String.join(", ", vanished));
        }
        return parts.isEmpty() ? "" : String.join("; ", parts) + ".";
    }

    private static String memberChange(MemberRank member) {
        return signed(Unit.CURRENCY, member.change())
                + (member.relativeChange() == null ? "" : ", " + signedPercent(member.relativeChange()));
    }

    private static List<String> names(Ranking ranking, String status) {
        return ranking.members().stream()
                .filter(m -> m.status().equals(status))
                .limit(MOST_MOVES)
                .map(m -> escape(m.member()))
                .toList();
    }

    private static Optional<String> checks(Comparison comparison) {
        if (comparison.checks() == null || comparison.checks().changes().isEmpty()) {
            return Optional.empty();
        }
        List<String> parts = new ArrayList<>();
        List<CheckChange> changes = comparison.checks().changes();
        List<String> failing = changes.stream()
                .filter(c -> c.status().equals("newly_failing"))
                .map(c -> code(c.id()) + " (" + count(c.afterFailed()) + " rows)")
                .toList();
        if (!failing.isEmpty()) {
            parts.add("newly failing " + String.join(", ", failing));
        }
        List<String> resolved = changes.stream()
                .filter(c -> c.status().equals("resolved"))
                .map(c -> code(c.id()))
                .toList();
        if (!resolved.isEmpty()) {
            parts.add("resolved " + String.join(", ", resolved));
        }
        List<String> moved = changes.stream()
                .filter(c -> c.change() != null && c.change() != 0)
                .sorted(Comparator.comparingLong((CheckChange c) -> -Math.abs(c.change())))
                .limit(MOST_MOVES)
                .map(c -> code(c.id()) + " " + count(c.beforeFailed()) + " → " + count(c.afterFailed()) + " ("
                        + signed(Unit.COUNT, c.change().doubleValue()) + ")")
                .toList();
        if (!moved.isEmpty()) {
            parts.add("failing rows moved for " + String.join(", ", moved));
        }
        return Optional.of("**Checks:** " + String.join("; ", parts) + ".");
    }

    private static Optional<String> rowsPerSource(List<SourceRows> sources) {
        List<String> parts = sources.stream()
                .filter(s -> s.rowsInChange() != null && s.rowsInChange() != 0)
                .map(s -> code(s.source()) + " " + count(s.beforeRowsIn()) + " → " + count(s.afterRowsIn())
                        + " lines read (" + signed(Unit.COUNT, s.rowsInChange().doubleValue()) + ")")
                .toList();
        return parts.isEmpty() ? Optional.empty() : Optional.of("**Rows:** " + String.join(", ", parts) + ".");
    }

    private static Optional<String> schema(List<SchemaChange> changes) {
        List<String> parts = new ArrayList<>();
        for (SchemaChange change : changes) {
            List<String> what = new ArrayList<>();
            if (!change.status().equals("changed")) {
                what.add(change.status().equals("added") ? "new source" : "source gone");
            }
            if (!change.columnsAdded().isEmpty() && change.status().equals("changed")) {
                what.add("columns added " + codes(change.columnsAdded()));
            }
            if (!change.columnsRemoved().isEmpty() && change.status().equals("changed")) {
                what.add("columns removed " + codes(change.columnsRemoved()));
            }
            for (ValueChange type : change.typesChanged()) {
                what.add(code(type.name()) + " " + escape(type.before()) + " → " + escape(type.after()));
            }
            for (ValueChange reading : change.readingChanged()) {
                what.add(escape(reading.name()) + " " + code(text(reading.before())) + " → "
                        + code(text(reading.after())));
            }
            parts.add(code(change.source()) + ": " + String.join(", ", what));
        }
        return parts.isEmpty() ? Optional.empty() : Optional.of("**Schema:** " + String.join("; ", parts) + ".");
    }

    private static String codes(List<String> names) {
        return String.join(", ", names.stream().map(Markdown::code).toList());
    }

    private static String value(Unit unit, Double value) {
        return value == null ? "–" : Figures.inUnit(unit, value);
    }

    private static String signed(Unit unit, double change) {
        return Figures.signedChange(unit, change);
    }

    private static String signedPercent(double share) {
        return (share > 0 ? "+" : "") + percent(share);
    }

    private static String text(String value) {
        return value == null ? "–" : value;
    }

    private static String nullToEmpty(String value) {
        return value == null ? "" : value;
    }
}
