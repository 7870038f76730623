package io.saleslens.insight;

import java.util.List;
import java.util.Locale;

/**
 * Which RFM segments hold valuable customers who are lapsing: At Risk and Can't Lose Them (frequent, high-spending
 * customers who have not ordered recently). One definition for the insight that counts them and the customer list the
 * win-back actions contact, so the two always name the same customers.
 */
public final class AtRiskSegments {
    static final List<String> WORDS = List.of("at risk", "can't lose", "cannot lose");

    private AtRiskSegments() {}

    /** Whether an RFM segment of that name is one of the lapsing valuable segments. */
    public static boolean includes(String segment) {
        String name = segment.toLowerCase(Locale.ROOT);
        return WORDS.stream().anyMatch(name::contains);
    }
}
