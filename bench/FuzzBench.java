import io.saleslens.cli.fuzz.FuzzCaseRunner;
import io.saleslens.cli.fuzz.FuzzTally;
import io.saleslens.cli.fuzz.SampleMutations;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Runs N seeded mutations of examples/crm-erp through the command line in one JVM (every fifth a full run, the others
 * validate) and writes bench/fuzz-results.md: the counts per kind and every case without a clear answer.
 * {@code java -cp saleslens.jar:saleslens-cli/target/test-classes bench/FuzzBench.java ROOT N SEED [KIND ...]}
 */
public class FuzzBench {
    public static void main(String[] args) throws Exception {
        Path root = Path.of(args[0]).toAbsolutePath().normalize();
        int count = Integer.parseInt(args[1]);
        long seed = Long.parseLong(args[2]);
        List<SampleMutations.Kind> kinds = args.length > 3
                ? Arrays.stream(args, 3, args.length).map(SampleMutations.Kind::valueOf).toList()
                : Arrays.asList(SampleMutations.Kind.values());
        Path work = Files.createTempDirectory("saleslens-fuzz-");
        FuzzCaseRunner runner = new FuzzCaseRunner(root.resolve("examples/crm-erp"), work);
        FuzzTally tally = new FuzzTally();
        long started = System.nanoTime();
        int done = 0;
        for (SampleMutations.Case mutation : SampleMutations.cases(seed, count, kinds)) {
            System.err.println("case " + mutation.index() + " " + mutation.kind() + " " + mutation.file() + " ... "
                    + Files.readAllLines(Path.of("/proc/self/status")).stream().filter(l -> l.startsWith("VmRSS")).findFirst().orElse(""));
            FuzzCaseRunner.Verdict verdict = runner.run(mutation, mutation.index() % 5 == 4);
            tally.add(verdict);
            System.err.println((verdict.passed() ? "ok   " : "FAIL ") + FuzzTally.describe(verdict));
            // Written after every case, so a run that is stopped still leaves a true summary of the cases it ran.
            writeResults(root, count, seed, ++done, (System.nanoTime() - started) / 1_000_000_000L, tally);
        }
        tally.summaryLines().forEach(System.out::println);
        System.exit(tally.failures().isEmpty() ? 0 : 1);
    }

    private static void writeResults(Path root, int count, long seed, int done, long seconds, FuzzTally tally)
            throws java.io.IOException {
        List<String> report = new ArrayList<>();
        report.add("# Fuzz results");
        report.add("");
        report.add("`bench/fuzz.sh " + count + " " + seed + "` on " + LocalDate.now() + ": "
                + (done == count ? count + " cases" : done + " of " + count + " cases ran")
                + " in " + seconds + " s, one JVM (" + Runtime.getRuntime().availableProcessors() + " cores, "
                + Runtime.getRuntime().maxMemory() / (1 << 20) + " MiB heap); every fifth case a full `run"
                + " --departments sales`, the others `validate`.");
        report.add("");
        report.add("| kind | cases | exit 0 | exit 4 (validate: failing checks) | exit 2 | failed |");
        report.add("| --- | ---: | ---: | ---: | ---: | ---: |");
        tally.counts().forEach((kind, c) -> report.add("| " + kind + " | " + c[0] + " | " + c[1] + " | " + c[2] + " | "
                + c[3] + " | " + tally.failures().stream().filter(f -> f.mutation().kind() == kind).count() + " |"));
        report.add("");
        report.add(tally.failures().isEmpty() ? "Every case got a clear answer." : "## Failures");
        tally.failures().forEach(f -> report.add("- " + FuzzTally.describe(f)));
        Files.write(root.resolve("bench/fuzz-results.md"), report);
    }
}
