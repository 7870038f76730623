package io.saleslens.cli;

import io.saleslens.engine.EngineSettings;
import io.saleslens.engine.Engines;
import io.saleslens.error.DiskErrors;
import io.saleslens.error.ErrorCode;
import io.saleslens.error.SalesLensException;
import io.saleslens.infer.DatasetInferrer;
import io.saleslens.infer.InferredDataset;
import io.saleslens.infer.SpecYamlWriter;
import io.saleslens.spec.Presets;
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
@Command(name = "init", mixinStandardHelpOptions = true,
        description = "Inspect every file of a data folder and write the dataset spec it implies (saleslens.yaml), with the evidence.")
final class InitCommand implements Callable<Integer> {
    static final String SPEC_FILE = "saleslens.yaml";

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
            throw new SalesLensException(ErrorCode.OUTPUT_FILE_EXISTS,
                    target + ": already exists; give --force to overwrite it or --output for another file");
        }
        if (!Files.isDirectory(dataDir)) {
            throw new SalesLensException(ErrorCode.DATA_FOLDER_NOT_FOUND,
                    dataDir + ": data folder not found; give the folder that holds the source files");
        }
        String yaml;
        var recognised = Presets.recognise(dataDir);
        if (recognised.isPresent()) {
            commandSpec.commandLine().getErr().println("saleslens: " + recognised.get().origin());
            yaml = Presets.yaml(recognised.get());
        } else {
            // init has no engine options: it infers on the embedded engine, opened as a run opens it (traced when asked).
            InferredDataset inferred = DatasetInferrer.inferOnNewEngine(dataDir,
                    spill -> Engines.open(Engines.EMBEDDED, new EngineSettings(spill, null, null)));
            printMapping(inferred, commandSpec.commandLine().getErr());
            yaml = SpecYamlWriter.write(inferred);
        }
        try {
            Files.writeString(target, yaml, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new SalesLensException(DiskErrors.codeOf(e, ErrorCode.OUTPUT_FILE_UNWRITABLE),
                    target + ": cannot write the spec (" + e.getMessage() + ")", e);
        }
        commandSpec.commandLine().getOut().println("Wrote " + target + "; check it, then: saleslens run " + dataDir
                + (target.equals(dataDir.resolve(SPEC_FILE)) ? "" : " --spec " + target));
        return 0;
    }

    static void printMapping(InferredDataset inferred, PrintWriter err) {
        err.println("saleslens: inferred mapping:");
        inferred.summary().forEach(line -> err.println("  " + line));
        err.flush();
    }
}
