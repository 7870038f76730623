package io.saleslens.resolve;

import io.saleslens.engine.Engine;
import io.saleslens.error.ErrorCode;
import io.saleslens.error.SalesLensException;
import io.saleslens.infer.DatasetInferrer;
import io.saleslens.infer.InferredDataset;
import io.saleslens.infer.SpecYamlWriter;
import io.saleslens.spec.Presets;
import io.saleslens.spec.SpecChoice;
import io.saleslens.spec.SpecLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Decides the spec of a run, in this order: a spec file or a preset named on the command line, else the data folder's
 * own {@value #FOLDER_SPEC}, else the shipped preset that recognises the folder (by its files or its headers), else a
 * spec inferred from the folder's files.
 */
public final class SpecResolver {
    /** The spec file a data folder may hold; it comes before any preset and before inference. */
    public static final String FOLDER_SPEC = "saleslens.yaml";

    private final Function<Path, Engine> engines;
    private final Consumer<InferredDataset> onInferred;

    /**
     * @param engines opens the engine inference reads the files with, on a spill folder (the run's engine and settings)
     * @param onInferred told of a mapping as soon as it is inferred, to show its evidence
     */
    public SpecResolver(Function<Path, Engine> engines, Consumer<InferredDataset> onInferred) {
        this.engines = engines;
        this.onInferred = onInferred;
    }

    public SpecChoice resolve(SpecRequest request) {
        Optional<Path> specFile = request.specFile();
        Optional<String> preset = request.preset();
        if (specFile.isPresent() && preset.isPresent()) {
            throw new SalesLensException(ErrorCode.OPTION_INVALID, "give either --spec or --preset, not both");
        }
        if (specFile.isPresent()) {
            return new SpecChoice(
                    SpecLoader.load(specFile.get()), "--spec " + specFile.get(), SpecLoader.locate(specFile.get()));
        }
        if (preset.isPresent()) {
            return Presets.forced(preset.get(), request.dataDir());
        }
        Path dataDir = requireDataFolder(request.dataDir());
        Path folderSpec = dataDir.resolve(FOLDER_SPEC);
        if (Files.isRegularFile(folderSpec)) {
            return new SpecChoice(
                    SpecLoader.load(folderSpec),
                    folderSpec + " (the folder's own spec)",
                    SpecLoader.locate(folderSpec));
        }
        return implied(dataDir).choice();
    }

    /** The spec the folder implies without a spec of its own: the preset that recognises it, else an inferred one. */
    public ImpliedSpec implied(Path dataDir) {
        requireDataFolder(dataDir);
        return Presets.recognise(dataDir)
                .<ImpliedSpec>map(RecognisedPreset::new)
                .orElseGet(() -> {
                    InferredDataset inferred = DatasetInferrer.inferOnNewEngine(dataDir, engines);
                    onInferred.accept(inferred);
                    return new InferredSpec(inferred, dataDir, SpecYamlWriter.write(inferred));
                });
    }

    private static Path requireDataFolder(Path dataDir) {
        if (!Files.isDirectory(dataDir)) {
            throw new SalesLensException(
                    ErrorCode.DATA_FOLDER_NOT_FOUND,
                    dataDir + ": data folder not found; give the folder that holds the source files");
        }
        return dataDir;
    }
}
