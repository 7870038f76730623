package io.saleslens.analysis;

import static java.util.Objects.requireNonNull;

import io.saleslens.engine.SqlDialect;
import java.util.ArrayList;
import java.util.List;

/**
 * Age bands from a birth date, with the age taken on a reference date (the data's last order date)
 * so that the same data always gives the same bands. Birth dates after the reference date or before
 * 1900 are implausible and go to "Unknown" with missing ones.
 */
record AgeBands(List<Integer> starts) {
    static final String UNKNOWN = "Unknown";
    static final String EARLIEST_PLAUSIBLE = "1900-01-01";

    AgeBands {
        starts = List.copyOf(requireNonNull(starts, "starts is null"));
        if (starts.isEmpty()) {
            throw new IllegalArgumentException("at least one age band start is needed");
        }
    }

    /** Band labels youngest first, then Unknown. */
    List<String> labels() {
        List<String> labels = new ArrayList<>();
        labels.add("Under " + starts.get(0));
        for (int i = 0; i + 1 < starts.size(); i++) {
            labels.add(starts.get(i) + "-" + (starts.get(i + 1) - 1));
        }
        labels.add(starts.get(starts.size() - 1) + " and over");
        labels.add(UNKNOWN);
        return labels;
    }

    /** Whole years from birth to the reference date, counting a birthday not yet reached that year. */
    static String age(String birth, String reference) {
        return "(year(" + reference + ") - year(" + birth + ") - CASE WHEN month(" + birth + ") * 100 + day(" + birth
                + ") > month(" + reference + ") * 100 + day(" + reference + ") THEN 1 ELSE 0 END)";
    }

    String bandExpression(String birth, String reference, SqlDialect sql) {
        List<String> labels = labels();
        StringBuilder band = new StringBuilder("CASE WHEN " + birth + " IS NULL OR " + birth + " > " + reference
                + " OR " + birth + " < DATE " + sql.literal(EARLIEST_PLAUSIBLE) + " THEN " + sql.literal(UNKNOWN));
        String age = age(birth, reference);
        for (int i = 0; i < starts.size(); i++) {
            band.append(" WHEN ")
                    .append(age)
                    .append(" < ")
                    .append(starts.get(i))
                    .append(" THEN ")
                    .append(sql.literal(labels.get(i)));
        }
        return band.append(" ELSE ")
                .append(sql.literal(labels.get(starts.size())))
                .append(" END")
                .toString();
    }
}
