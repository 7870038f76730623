package io.saleslens.cli;

import io.saleslens.error.ErrorCode;
import io.saleslens.error.SalesLensException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code saleslens demo}: a run on the bundled crm-erp sample. */
@Command(
        name = "demo",
        mixinStandardHelpOptions = true,
        description = "Run on the bundled crm-erp sample (examples/crm-erp).")
final class DemoCommand implements Callable<Integer> {
    @Mixin
    RunOptionsMixin options;

    @Mixin
    ReportOptionsMixin reports;

    @Option(names = "--json", description = "Print the summary as JSON on stdout (progress stays on stderr).")
    boolean json;

    @Spec
    picocli.CommandLine.Model.CommandSpec commandSpec;

    @Override
    public Integer call() {
        Path home = Path.of(System.getProperty("saleslens.home", "."));
        Path sample = home.resolve("examples").resolve("crm-erp");
        if (!Files.isDirectory(sample)) {
            throw new SalesLensException(
                    ErrorCode.BUNDLED_FILE_NOT_FOUND,
                    sample + ": the bundled sample is missing; run the demo from the SalesLens folder");
        }
        return RunCommand.runAndSummarise(
                sample,
                options,
                reports,
                null,
                json,
                true,
                commandSpec.commandLine().getOut(),
                commandSpec.commandLine().getErr());
    }
}
