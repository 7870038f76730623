package io.saleslens.cli;

import io.saleslens.engine.EngineSettings;
import io.saleslens.engine.Engines;
import io.saleslens.error.DiskErrors;
import io.saleslens.error.ErrorCode;
import io.saleslens.error.SalesLensException;
import io.saleslens.resolve.ImpliedSpec;
import io.saleslens.resolve.RecognisedPreset;
import io.saleslens.resolve.SpecResolver;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code saleslens init DATA_DIR}: infers a dataset spec from the folder's files and writes it as saleslens.yaml. */
@Command(
        name = "init",
        mixinStandardHelpOptions = true,
        description =
                "Inspect every file of a data folder and write the dataset spec it implies (saleslens.yaml), with the evidence.")
final class InitCommand implements Callable<Integer> {
    private static final String SPEC_FILE = SpecResolver.FOLDER_SPEC;

    @Parameters(index = "0", paramLabel = "DATA_DIR", description = "Folder holding the source files.")
    Path dataDir;

    @Option(names = "--output", description = "Where to write the spec (default: DATA_DIR/" + SPEC_FILE + ").")
    Path output;

    @Option(names = "--force", description = "Overwrite an existing spec file.")
    boolean force;

    @Option(names = "--verbose", description = "Show stack traces of errors.")
    boolean verbose;

    @Spec
    picocli.CommandLine.Model.CommandSpec commandSpec;

    @Override
    public Integer call() {
        Path target = output != null ? output : dataDir.resolve(SPEC_FILE);
        if (Files.exists(target) && !force) {
            throw new SalesLensException(
                    ErrorCode.OUTPUT_FILE_EXISTS,
                    target + ": already exists; give --force to overwrite it or --output for another file");
        }
        PrintWriter err = commandSpec.commandLine().getErr();
        // init has no engine options: it infers on the embedded engine, opened as a run opens it (traced when asked).
        ImpliedSpec implied = new SpecResolver(
                        spill -> Engines.open(Engines.EMBEDDED, new EngineSettings(spill, null, null)),
                        inferred -> InferredMapping.print(inferred, err))
                .implied(dataDir);
        if (implied instanceof RecognisedPreset recognised) {
            err.println("saleslens: " + recognised.choice().origin());
        }
        String yaml = implied.yaml();
        try {
            Files.writeString(target, yaml, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new SalesLensException(
                    DiskErrors.codeOf(e, ErrorCode.OUTPUT_FILE_UNWRITABLE),
                    target + ": cannot write the spec (" + e.getMessage() + ")",
                    e);
        }
        commandSpec
                .commandLine()
                .getOut()
                .println("Wrote " + target + "; check it, then: saleslens run " + dataDir
                        + (target.equals(dataDir.resolve(SPEC_FILE)) ? "" : " --spec " + target));
        return 0;
    }
}
