package io.saleslens.cli.fuzz;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** Counts the verdicts per mutation kind and keeps the failures. */
public final class FuzzTally {
    private final Map<SampleMutations.Kind, int[]> counts = new EnumMap<>(SampleMutations.Kind.class);
    private final List<FuzzCaseRunner.Verdict> failures = new ArrayList<>();

    public void add(FuzzCaseRunner.Verdict verdict) {
        int[] kind = counts.computeIfAbsent(verdict.mutation().kind(), k -> new int[4]);
        kind[0]++;
        switch (verdict.exitCode()) {
            case 0 -> kind[1]++;
            case 4 -> kind[2]++;
            case 2 -> kind[3]++;
            default -> {}
        }
        if (!verdict.passed()) {
            failures.add(verdict);
        }
    }

    public List<FuzzCaseRunner.Verdict> failures() {
        return failures;
    }

    public Map<SampleMutations.Kind, int[]> counts() {
        return counts;
    }

    /** One line per kind: cases, exit 0, exit 4 (validate's failing checks), exit 2, failures. */
    public List<String> summaryLines() {
        List<String> lines = new ArrayList<>();
        counts.forEach((kind, c) -> lines.add(String.format(
                "%-20s %4d cases  exit 0: %4d  exit 4 (checks): %4d  exit 2: %4d  failed: %d",
                kind,
                c[0],
                c[1],
                c[2],
                c[3],
                failures.stream().filter(f -> f.mutation().kind() == kind).count())));
        return lines;
    }

    public static String describe(FuzzCaseRunner.Verdict verdict) {
        return "case " + verdict.mutation().index() + " " + verdict.mutation().kind() + " "
                + verdict.mutation().file()
                + " (" + verdict.damage() + ", seed " + verdict.mutation().seed() + ") " + verdict.command() + ": exit "
                + verdict.exitCode() + (verdict.passed() ? "" : ", " + verdict.failure())
                + (verdict.message().isEmpty() ? "" : ": " + verdict.message());
    }
}
