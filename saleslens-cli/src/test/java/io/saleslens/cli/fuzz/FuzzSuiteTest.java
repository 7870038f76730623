package io.saleslens.cli.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Damaged copies of the sample get a clear answer: a run whose row accounting holds, or exit 2 with one line naming
 * the damaged file. Every fifth case is a full run, the others validate (ingest and checks only) to keep the time.
 */
class FuzzSuiteTest {
    private static final Path SAMPLE =
            Path.of("../examples/crm-erp").toAbsolutePath().normalize();
    private static final long SEED = 20260124L;
    private static final int CASES = Integer.getInteger("fuzz.cases", 200);
    // Every kind, WIDE_HEADER included: a 2,000-name header is over the column limit and refused before it is read.
    private static final List<SampleMutations.Kind> KINDS = Arrays.asList(SampleMutations.Kind.values());

    @TempDir
    Path dir;

    @Test
    void everyDamagedSampleGetsAClearAnswer() throws Exception {
        FuzzCaseRunner runner = new FuzzCaseRunner(SAMPLE, dir);
        FuzzTally tally = new FuzzTally();
        for (SampleMutations.Case mutation : SampleMutations.cases(SEED, CASES, KINDS)) {
            tally.add(runner.run(mutation, mutation.index() % 5 == 4));
        }
        tally.summaryLines().forEach(System.out::println);
        assertThat(tally.failures().stream().map(FuzzTally::describe).toList()).isEmpty();
    }
}
