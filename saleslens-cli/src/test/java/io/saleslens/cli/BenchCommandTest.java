package io.saleslens.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BenchCommandTest {

    @TempDir
    Path home;

    @Test
    void withoutTheScriptItIsAUserErrorNamingTheMissingFile() {
        String previous = System.getProperty("saleslens.home");
        System.setProperty("saleslens.home", home.toString());
        try {
            StringWriter err = new StringWriter();
            int exit = SalesLensCommand.execute(
                    new String[] {"bench", "60000"}, new PrintWriter(new StringWriter()), new PrintWriter(err));

            assertThat(exit).isEqualTo(2);
            assertThat(err.toString())
                    .contains(home.resolve("bench").resolve("run.sh").toString())
                    .contains("benchmark script is missing")
                    .doesNotContain("Exception");
        } finally {
            if (previous == null) {
                System.clearProperty("saleslens.home");
            } else {
                System.setProperty("saleslens.home", previous);
            }
        }
    }
}
