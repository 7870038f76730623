package io.saleslens.audience;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.saleslens.error.DiskErrors;
import io.saleslens.error.ErrorCode;
import io.saleslens.error.SalesLensException;
import io.saleslens.insight.RankedInsights;
import io.saleslens.stage.RunContext;
import io.saleslens.stage.Stage;
import io.saleslens.stage.Tables;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * After the insights: writes the customer list of every action that targets customers, split into the customers to
 * contact and a random holdout ({@link HoldoutSplit}, the spec's {@code audiences.holdout}), and records the lists'
 * counts under metrics key {@value #METRICS_KEY}, which the reports state beside the actions.
 */
public final class AudienceStage implements Stage {
    public static final String METRICS_KEY = "audiences";
    /** The run folder's sub-folder holding the lists. */
    public static final String FOLDER = "audiences";

    private static final List<AudienceDefinition> STANDARD =
            List.of(new WinBackAudience(), SegmentAudience.highValue(), SegmentAudience.lowValue());
    /** The ids of the lists a run can write, which department profiles' actions may name. */
    public static final List<String> LISTS =
            STANDARD.stream().map(AudienceDefinition::id).toList();

    private final List<AudienceDefinition> definitions;

    public AudienceStage() {
        this(STANDARD);
    }

    AudienceStage(List<AudienceDefinition> definitions) {
        this.definitions = List.copyOf(requireNonNull(definitions, "definitions is null"));
    }

    @Override
    public String name() {
        return "audiences";
    }

    @Override
    public Audiences run(RunContext context) {
        HoldoutSplit split = new HoldoutSplit(
                context.runId().contentHash(), context.spec().audiences().holdoutShare());
        ObjectNode node = context.metrics().putObject(METRICS_KEY);
        node.put("holdout_share", split.share());
        node.put("seed", split.seed());
        node.put("split", split.description());
        ObjectNode lists = node.putObject("lists");
        AudienceFiles files = new AudienceFiles(context.engine());
        Path folder = context.runDir().resolve(FOLDER);
        List<Audience> written = new ArrayList<>();
        AudienceInput input = new AudienceInput(
                context.metrics(),
                context.find(RankedInsights.class).map(RankedInsights::insights).orElse(List.of()),
                context.engine().columns(Tables.DIM_CUSTOMER),
                context.engine().dialect());
        for (AudienceDefinition definition : definitions) {
            Optional<AudienceSelection> selection = definition.select(input);
            if (selection.isEmpty()) {
                continue;
            }
            createFolder(folder);
            Audience audience = files.write(definition.id(), selection.get(), split, folder);
            written.add(audience);
            ObjectNode list = lists.putObject(definition.id());
            list.put("description", selection.get().description());
            if (!selection.get().segments().isEmpty()) {
                selection.get().segments().forEach(list.putArray("segments")::add);
            }
            list.put("customers", audience.customers());
            list.put("treated", audience.treated());
            list.put("holdout", audience.holdout());
            String file = FOLDER + "/" + definition.id();
            list.put("file", file + ".csv");
            list.put("parquet", file + ".parquet");
            list.put("holdout_file", file + ".holdout.csv");
            list.put("holdout_parquet", file + ".holdout.parquet");
        }
        return new Audiences(written);
    }

    private static void createFolder(Path folder) {
        try {
            Files.createDirectories(folder);
        } catch (IOException e) {
            throw new SalesLensException(DiskErrors.codeOf(e, ErrorCode.FILE_IO_FAILED), e.toString(), e);
        }
    }
}
