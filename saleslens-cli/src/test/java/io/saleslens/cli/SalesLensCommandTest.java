package io.saleslens.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.saleslens.TestFolders;
import io.saleslens.spec.Presets;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The command line's promises: a summary on success, and for bad input one line, exit code 2 and no published run; a
 * failure outside SalesLens (a full disk, a database that does not answer) is exit code 5.
 */
class SalesLensCommandTest {
    static final Path SAMPLE = Path.of("..", "examples", "crm-erp");

    @TempDir
    Path dir;

    @Test
    void aRunOnTheSamplePrintsTheSummaryAndProgress() {
        Result result =
                execute("run", SAMPLE.toString(), "--out", dir.resolve("out").toString());
        assertThat(result.exitCode).isZero();
        assertThat(result.out).containsPattern("Run ID     \\d{8}_\\d{6}_#[0-9a-f]{8}");
        assertThat(result.out).contains("Revenue    $29.36M", "Orders     27,659", "cust_info: 18,494 rows in");
        assertThat(result.err)
                .containsPattern("(?m)^  ingest +[0-9,]+ rows read +[0-9,]+ ms$")
                .containsPattern("(?m)^  check +36 checks +[0-9,]+ ms$")
                .containsPattern("(?m)^  dashboards +3 dashboards +[0-9,]+ ms$")
                .containsPattern("(?m)^  report +7 reports +[0-9,]+ ms$");
        assertThat(result.out)
                .contains("Sources    6 sources")
                .containsPattern("Quality    [0-9.]+% of source rows pass every fail-severity check")
                .containsPattern("Period     \\d{4}-\\d{2}-\\d{2} to \\d{4}-\\d{2}-\\d{2}")
                .containsPattern("Open       file:/\\S+_[0-9a-f]{8}/reports/index.html");
    }

    @Test
    void versionIsACommandAsWellAsAnOption() {
        Result command = execute("version");
        Result option = execute("--version");
        assertThat(command.exitCode).isZero();
        assertThat(command.out).startsWith("saleslens ").isEqualTo(option.out);
    }

    @Test
    void aMissingDataFolderIsOneLineAndExitCodeTwo() {
        Path missing = dir.resolve("no-such-folder");
        Result result = execute(
                "run",
                missing.toString(),
                "--preset",
                "crm-erp",
                "--out",
                dir.resolve("out").toString());
        assertThat(result.exitCode).isEqualTo(2);
        assertThat(result.err.lines())
                .containsExactly("saleslens: " + missing
                        + ": data folder not found; give the folder that holds the source files");
        assertThat(dir.resolve("out")).doesNotExist();
    }

    @Test
    void aMissingSourceFileIsNamed() throws IOException {
        Path data = copySample();
        Files.delete(data.resolve("source_erp/LOC_A101.csv"));
        Result result =
                execute("run", data.toString(), "--out", dir.resolve("out").toString());
        assertThat(result.exitCode).isEqualTo(2);
        assertThat(result.err.lines())
                .singleElement()
                .asString()
                .contains("source_erp/LOC_A101.csv: source file 'loc_a101' not found");
        assertThat(publishedMetrics()).isEmpty();
    }

    @Test
    void aSourceWithoutAColumnTheSpecNeedsNamesFileAndColumn() throws IOException {
        Path data = copySample();
        Path sales = data.resolve("source_crm/sales_details.csv");
        String text = Files.readString(sales);
        Files.writeString(sales, text.replaceFirst("sls_price", "price"));
        Result result =
                execute("run", data.toString(), "--out", dir.resolve("out").toString());
        assertThat(result.exitCode).isEqualTo(2);
        assertThat(result.err.lines())
                .singleElement()
                .asString()
                .isEqualTo(
                        "saleslens: source_crm/sales_details.csv line 1: column 'sls_price' not found (the spec reads it); the header has "
                                + "sls_ord_num, sls_prd_key, sls_cust_id, sls_order_dt, sls_ship_dt, sls_due_dt, sls_sales, sls_quantity, price;"
                                + " fix the file or the spec");
        assertThat(result.err).doesNotContain("Exception", "\tat ");
        assertThat(publishedMetrics()).isEmpty();
    }

    @Test
    void verboseAddsTheStackTrace() throws IOException {
        Path data = copySample();
        Files.delete(data.resolve("source_crm/prd_info.csv"));
        Result result = execute(
                "run",
                data.toString(),
                "--preset",
                "crm-erp",
                "--out",
                dir.resolve("out").toString(),
                "--verbose");
        assertThat(result.exitCode).isEqualTo(2);
        assertThat(result.err).contains("SalesLensException", "\tat ");
    }

    @Test
    void anUnknownDedupePolicyIsAUserError() {
        Result result = execute(
                "run",
                SAMPLE.toString(),
                "--dedupe",
                "newest",
                "--out",
                dir.resolve("out").toString());
        assertThat(result.exitCode).isEqualTo(2);
        assertThat(result.err.lines())
                .containsExactly("saleslens: --dedupe: unknown dedupe policy 'newest' (use latest, first or last)");
    }

    @Test
    void aFolderWithoutDataFilesIsAUserErrorNamingTheFolder() throws IOException {
        Files.createDirectories(dir.resolve("data"));
        Result result = execute(
                "run",
                dir.resolve("data").toString(),
                "--out",
                dir.resolve("out").toString());
        assertThat(result.exitCode).isEqualTo(2);
        assertThat(result.err).contains(dir.resolve("data").toString(), "no data files found (looked for .csv");
    }

    private Stream<Path> publishedMetrics() throws IOException {
        Path runs = dir.resolve("out").resolve("runs");
        if (!Files.exists(runs)) {
            return Stream.empty();
        }
        return Files.walk(runs).filter(p -> p.getFileName().toString().equals("metrics.json")).toList().stream();
    }

    private Path copySample() throws IOException {
        Path target = dir.resolve("data");
        TestFolders.copy(SAMPLE, target);
        return target;
    }

    @Test
    void anOutThatIsAPlainFileIsExitCodeTwoSayingSo() throws IOException {
        Path file = Files.writeString(dir.resolve("out.txt"), "not a folder");
        Result result = execute("run", SAMPLE.toString(), "--preset", "crm-erp", "--out", file.toString());
        assertThat(result.exitCode).isEqualTo(2);
        assertThat(result.err.lines())
                .containsExactly("saleslens: " + file
                        + " is a file, not a folder; give --out a folder (it is created when missing)");
    }

    @Test
    void aReadOnlyOutIsExitCodeTwoSayingItIsNotWritable() throws IOException {
        Path out = Files.createDirectory(dir.resolve("read-only"));
        try (Tmpfs tmpfs = Tmpfs.mount(out, "ro,size=1m")) {
            Result result = execute("run", SAMPLE.toString(), "--preset", "crm-erp", "--out", out.toString());
            assertThat(result.exitCode).isEqualTo(2);
            assertThat(result.err.lines())
                    .containsExactly("saleslens: " + out + " is not writable; give --out a folder you can write to");
        }
    }

    @Test
    void aDiskThatFillsDuringTheRunIsExitCodeFiveNamingTheOutputFolderNotAnInput() throws IOException {
        Path out = Files.createDirectory(dir.resolve("small-disk"));
        try (Tmpfs tmpfs = Tmpfs.mount(out, "size=2m")) {
            Result result = execute("run", SAMPLE.toString(), "--preset", "crm-erp", "--out", out.toString());
            assertThat(result.exitCode).isEqualTo(5);
            assertThat(result.err.lines())
                    .singleElement()
                    .asString()
                    .startsWith("saleslens: no space left on " + out + " (")
                    .endsWith(" MB free); free some space or give --out a folder on a disk with room");
            assertNoEmptyManifest(out);
            // Removing the failed run's working folder frees the space its manifest needs.
            try (Stream<Path> runs = Files.list(out.resolve("runs"))) {
                assertThat(runs)
                        .singleElement()
                        .satisfies(run -> assertThat(Files.readString(run.resolve("manifest.json")))
                                .contains(
                                        "\"status\" : \"failed\"",
                                        "\"error\" : \"no space left on " + out,
                                        "\"error_code\" : \"DISK_FULL\""));
            }
        }
    }

    @Test
    void aFullDiskIsExitCodeFiveWithZeroMegabytesFree() throws IOException {
        Path out = Files.createDirectory(dir.resolve("full-disk"));
        try (Tmpfs tmpfs = Tmpfs.mount(out, "size=1m")) {
            tmpfs.fill();
            Result result = execute("run", SAMPLE.toString(), "--preset", "crm-erp", "--out", out.toString());
            assertThat(result.exitCode).isEqualTo(5);
            assertThat(result.err.lines())
                    .containsExactly("saleslens: no space left on " + out
                            + " (0 MB free); free some space or give --out a folder on a disk with room");
            assertNoEmptyManifest(out);
        }
    }

    @Test
    void aDatabaseThatDoesNotAnswerIsExitCodeFiveAndItsCodeIsInTheManifest() throws IOException {
        Path data = copySample();
        Path spec = dir.resolve("spec.yaml");
        String preset = new String(
                Presets.class.getResourceAsStream("presets/crm-erp.yaml").readAllBytes());
        // Port 1 on the loopback: nothing listens there, so the connection is refused at once.
        Files.writeString(
                spec,
                preset.replace(
                        "prd_info:      { path: source_crm/prd_info.csv, key: prd_key }",
                        "prd_info:      { jdbc: \"jdbc:postgresql://127.0.0.1:1/sales\", table: prd_info, user: reader, key: prd_key }"));
        Path out = dir.resolve("out");
        Result result = execute("run", data.toString(), "--spec", spec.toString(), "--out", out.toString());
        assertThat(result.exitCode).isEqualTo(5);
        assertThat(result.err.lines().filter(line -> line.startsWith("saleslens:")))
                .singleElement()
                .asString()
                .startsWith("saleslens: source table prd_info at jdbc:postgresql://127.0.0.1:1/sales: cannot be read (")
                .endsWith("; check the URL, the table name and the credentials");
        try (Stream<Path> runs = Files.list(out.resolve("runs"))) {
            assertThat(runs)
                    .singleElement()
                    .satisfies(run -> assertThat(Files.readString(run.resolve("manifest.json")))
                            .contains("\"status\" : \"failed\"", "\"error_code\" : \"DATABASE_UNAVAILABLE\""));
        }
    }

    @Test
    void aUserErrorsCodeIsInTheManifestOfTheFailedRun() throws IOException {
        Path data = copySample();
        Path sales = data.resolve("source_crm/sales_details.csv");
        Files.writeString(sales, Files.readString(sales).replaceFirst("sls_ord_num", "order_no"));
        Path out = dir.resolve("out");
        Result result = execute("run", data.toString(), "--preset", "crm-erp", "--out", out.toString());
        assertThat(result.exitCode).isEqualTo(2);
        try (Stream<Path> runs = Files.list(out.resolve("runs"))) {
            assertThat(runs)
                    .singleElement()
                    .satisfies(run -> assertThat(Files.readString(run.resolve("manifest.json")))
                            .contains("\"status\" : \"failed\"", "\"error_code\" : \"COLUMN_NOT_FOUND\""));
        }
    }

    @Test
    void theHelpOfRunAndValidateListsTheirExitCodes() {
        Result validate = execute("validate", "--help");
        assertThat(validate.exitCode).isZero();
        assertThat(validate.out)
                .contains("Exit codes:")
                .containsPattern("(?m)^\\s*0\\s+success$")
                .containsPattern("(?m)^\\s*1\\s+internal error")
                .containsPattern("(?m)^\\s*2\\s+user error")
                .containsPattern("(?m)^\\s*4\\s+a fail-severity data-quality check failed$")
                .containsPattern("(?m)^\\s*5\\s+external failure")
                .doesNotContainPattern("(?m)^\\s*3\\s");
        Result run = execute("run", "--help");
        assertThat(run.out)
                .contains("Exit codes:")
                .containsPattern("(?m)^\\s*5\\s+external failure")
                .doesNotContainPattern("(?m)^\\s*4\\s");
    }

    private static void assertNoEmptyManifest(Path out) throws IOException {
        try (Stream<Path> files = Files.walk(out)) {
            assertThat(files.filter(p -> p.getFileName().toString().equals("manifest.json")))
                    .allSatisfy(manifest -> assertThat(Files.size(manifest)).isPositive());
        }
    }

    /** A small tmpfs mounted on a folder, for a disk that fills or refuses writes even to root; unmounted on close. */
    private record Tmpfs(Path folder) implements AutoCloseable {
        static Tmpfs mount(Path folder, String options) throws IOException {
            Assumptions.assumeTrue(
                    System.getProperty("os.name").toLowerCase(Locale.ROOT).contains("linux"),
                    "mounting a tmpfs needs Linux");
            Assumptions.assumeTrue(
                    run("mount", "-t", "tmpfs", "-o", options, "tmpfs", folder.toString()) == 0,
                    "mounting a tmpfs needs root (CI runs as root)");
            return new Tmpfs(folder);
        }

        void fill() throws IOException {
            try (OutputStream fill = Files.newOutputStream(folder.resolve("filler"))) {
                byte[] block = new byte[64 * 1024];
                while (true) {
                    fill.write(block);
                }
            } catch (IOException diskFull) {
                // The disk is full now, which is what the test needs.
            }
        }

        @Override
        public void close() throws IOException {
            run("umount", folder.toString());
        }

        private static int run(String... command) throws IOException {
            try {
                return new ProcessBuilder(command)
                        .redirectErrorStream(true)
                        .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                        .start()
                        .waitFor();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return -1;
            }
        }
    }

    private static Result execute(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = SalesLensCommand.execute(args, new PrintWriter(out, true), new PrintWriter(err, true));
        return new Result(code, out.toString(), err.toString());
    }

    private record Result(int exitCode, String out, String err) {}
}
