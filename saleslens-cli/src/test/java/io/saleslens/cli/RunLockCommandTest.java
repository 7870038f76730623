package io.saleslens.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Two `saleslens run` processes into one output folder at the same moment. */
class RunLockCommandTest {
    static final Path SAMPLE = Path.of("..", "examples", "crm-erp");

    @TempDir
    Path work;

    private Process run(Path out, Path log, String... extra) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> command = new java.util.ArrayList<>(List.of(
                java,
                "-Xmx512m",
                "-cp",
                System.getProperty("java.class.path"),
                SalesLensCommand.class.getName(),
                "run",
                SAMPLE.toString(),
                "--preset",
                "crm-erp",
                "--out",
                out.toString()));
        command.addAll(List.of(extra));
        return new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(log.toFile())
                .start();
    }

    private static long lines(Path file) throws Exception {
        try (Stream<String> lines = Files.lines(file)) {
            return lines.count();
        }
    }

    @Test
    void twoRunsIntoOneFolderFinishOneAfterTheOther() throws Exception {
        Path out = work.resolve("out");
        Process first = run(out, work.resolve("first.log"));
        Process second = run(out, work.resolve("second.log"));
        assertThat(first.waitFor(300, TimeUnit.SECONDS)).isTrue();
        assertThat(second.waitFor(300, TimeUnit.SECONDS)).isTrue();
        String logs = Files.readString(work.resolve("first.log")) + Files.readString(work.resolve("second.log"));
        assertThat(first.exitValue()).as(logs).isZero();
        assertThat(second.exitValue()).as(logs).isZero();
        assertThat(logs).contains("is writing to " + out + "; waiting for it to finish");
        assertThat(lines(out.resolve("history.jsonl"))).isEqualTo(2);
        try (Stream<Path> runs = Files.list(out.resolve("runs"))) {
            assertThat(runs.filter(p -> !p.getFileName().toString().startsWith(".")))
                    .hasSize(2);
        }
    }

    @Test
    void underNoWaitTheSecondRefusesWithExitTwo() throws Exception {
        Path out = work.resolve("out");
        Process first = run(out, work.resolve("first.log"));
        // The second starts once the first holds the lock: its lock file has its pid.
        Path lock = out.resolve(".saleslens.run.lock");
        for (int i = 0;
                i < 600 && !(Files.exists(lock) && Files.readString(lock).contains("\"pid\""));
                i++) {
            Thread.sleep(100);
        }
        Process second = run(out, work.resolve("second.log"), "--no-wait");
        assertThat(second.waitFor(120, TimeUnit.SECONDS)).isTrue();
        String refused = Files.readString(work.resolve("second.log"));
        assertThat(second.exitValue()).as(refused).isEqualTo(2);
        assertThat(refused.lines().filter(line -> line.startsWith("saleslens: ")))
                .singleElement()
                .asString()
                .contains("another run (pid " + first.pid())
                .contains("leave out --no-wait to wait for it");
        assertThat(first.waitFor(300, TimeUnit.SECONDS)).isTrue();
        assertThat(first.exitValue()).isZero();
        assertThat(lines(out.resolve("history.jsonl"))).isEqualTo(1);
    }
}
