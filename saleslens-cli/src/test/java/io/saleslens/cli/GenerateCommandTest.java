package io.saleslens.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code generate} writes a dataset into a new or empty folder, and over a folder's files only with --force. */
class GenerateCommandTest {
    @TempDir
    Path dir;

    @Test
    void aNewFolderIsWrittenWithItsTruth() {
        Path out = dir.resolve("data");
        Result result = execute("generate", "--lines", "200", "--out", out.toString());
        assertThat(result.exitCode).isZero();
        assertThat(out.resolve("truth.json")).isRegularFile();
        assertThat(result.out).startsWith("Generated 200 order lines");
    }

    @Test
    void aCampaignWritesItsFilesAndSaysHowToMeasureIt() {
        Path out = dir.resolve("campaign");
        Result result = execute(
                "generate",
                "--lines",
                "2000",
                "--out",
                out.toString(),
                "--campaign",
                "10%",
                "--campaign-window",
                "2012-03-01:2012-05-31");
        assertThat(result.exitCode).isZero();
        assertThat(out.resolve("campaign/treated.csv")).isRegularFile();
        assertThat(out.resolve("campaign/holdout.csv")).isRegularFile();
        assertThat(out.resolve("campaign/spec.yaml")).content().contains("start: 2012-03-01", "end: 2012-05-31");
        assertThat(out.resolve("truth.json")).content().contains("\"relative_lift\" : 0.1");
        assertThat(result.out).contains("from 2012-03-01 to 2012-05-31; measure it with --spec ");
    }

    @Test
    void aBadCampaignOptionIsOneLineAndExitCodeTwo() {
        Result lift =
                execute("generate", "--lines", "200", "--out", dir.resolve("a").toString(), "--campaign", "lots");
        Result window = execute(
                "generate",
                "--lines",
                "200",
                "--out",
                dir.resolve("b").toString(),
                "--campaign",
                "0.1",
                "--campaign-window",
                "2012-03-01");

        assertThat(lift.exitCode).isEqualTo(2);
        assertThat(lift.err.lines())
                .containsExactly("generate: --campaign 'lots' is not a lift; write a percentage such as 10% or a"
                        + " fraction such as 0.1");
        assertThat(window.exitCode).isEqualTo(2);
        assertThat(window.err.lines())
                .containsExactly("generate: --campaign-window '2012-03-01' is not START:END; write two ISO dates such"
                        + " as 2013-10-01:2013-12-31");
    }

    @Test
    void aFolderThatHoldsFilesIsRefusedWithoutForce() throws Exception {
        Path out = Files.createDirectories(dir.resolve("mine"));
        Path kept = Files.writeString(out.resolve("notes.txt"), "my own file");
        Result refused = execute("generate", "--lines", "200", "--out", out.toString());
        assertThat(refused.exitCode).isEqualTo(2);
        assertThat(refused.err.lines())
                .containsExactly("saleslens: " + out + " is not empty; give an empty or new folder, or add --force"
                        + " to write the generated files over what is there");
        assertThat(out.resolve("truth.json")).doesNotExist();
        assertThat(kept).hasContent("my own file");

        Result forced = execute("generate", "--lines", "200", "--out", out.toString(), "--force");
        assertThat(forced.exitCode).isZero();
        assertThat(out.resolve("truth.json")).isRegularFile();
    }

    private static Result execute(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = SalesLensCommand.execute(args, new PrintWriter(out, true), new PrintWriter(err, true));
        return new Result(code, out.toString(), err.toString());
    }

    private record Result(int exitCode, String out, String err) {}
}
