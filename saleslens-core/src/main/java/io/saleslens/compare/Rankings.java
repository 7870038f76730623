package io.saleslens.compare;

import io.saleslens.catalog.Grain;
import io.saleslens.catalog.Metric;
import io.saleslens.catalog.MetricCatalogue;
import io.saleslens.compare.Comparison.MemberRank;
import io.saleslens.compare.Comparison.MetricChange;
import io.saleslens.compare.Comparison.Ranking;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The members of the segment, category, product and country dimensions ranked by the catalogue metric of each, in
 * each run: which moved rank, appeared or vanished, and which rose and fell the most.
 */
final class Rankings {
    private static final List<Grain> RANKED = List.of(Grain.SEGMENT, Grain.CATEGORY, Grain.PRODUCT, Grain.COUNTRY);

    private Rankings() {}

    static List<Ranking> of(MetricCatalogue catalogue, List<MetricChange> changes) {
        List<Ranking> rankings = new ArrayList<>();
        for (Grain grain : RANKED) {
            catalogue.metrics().stream()
                    .filter(m -> m.grain() == grain)
                    .findFirst()
                    .map(Metric::key)
                    .ifPresent(key -> rankings.add(ranking(
                            grain,
                            key,
                            changes.stream().filter(c -> c.key().equals(key)).toList())));
        }
        return rankings;
    }

    private static Ranking ranking(Grain grain, String key, List<MetricChange> members) {
        Map<String, Integer> before = ranks(members, true);
        Map<String, Integer> after = ranks(members, false);
        List<MemberRank> ranked = new ArrayList<>();
        MetricChange up = null;
        MetricChange down = null;
        for (MetricChange member : members) {
            Integer was = before.get(member.member());
            Integer is = after.get(member.member());
            String status = was == null ? "appeared" : is == null ? "vanished" : was.equals(is) ? "unchanged" : "moved";
            ranked.add(new MemberRank(
                    member.member(),
                    was,
                    is,
                    member.before(),
                    member.after(),
                    member.change(),
                    member.relativeChange(),
                    status));
            if (member.change() != null && member.change() > 0 && (up == null || member.change() > up.change())) {
                up = member;
            }
            if (member.change() != null && member.change() < 0 && (down == null || member.change() < down.change())) {
                down = member;
            }
        }
        ranked.sort(Comparator.comparing((MemberRank m) -> m.afterRank() == null ? Integer.MAX_VALUE : m.afterRank())
                .thenComparing(m -> m.beforeRank() == null ? Integer.MAX_VALUE : m.beforeRank()));
        return new Ranking(grain, key, up == null ? null : up.member(), down == null ? null : down.member(), ranked);
    }

    /** Rank 1 is the largest value; equal values keep the order the run wrote them in. */
    private static Map<String, Integer> ranks(List<MetricChange> members, boolean before) {
        List<MetricChange> present = new ArrayList<>(members.stream()
                .filter(m -> (before ? m.before() : m.after()) != null)
                .toList());
        present.sort(Comparator.comparing((MetricChange m) -> before ? m.before() : m.after())
                .reversed());
        Map<String, Integer> ranks = new HashMap<>();
        for (int i = 0; i < present.size(); i++) {
            ranks.put(present.get(i).member(), i + 1);
        }
        return ranks;
    }
}
