package io.saleslens.run;

import static org.assertj.core.api.Assertions.assertThat;

import io.saleslens.spec.CampaignSpec;
import io.saleslens.spec.DatasetSpec;
import io.saleslens.spec.Presets;
import io.saleslens.stage.InputFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The hash part of a Run ID follows everything that decides a run's figures. */
class RunIdentityTest {
    @TempDir
    Path data;

    private static final List<InputFile> INPUTS = List.of(new InputFile("sales", "sales.csv", 3, "abc"));

    private RunOptions options(DatasetSpec spec) {
        return new RunOptions(spec, data, data.resolve("out"), null);
    }

    private static DatasetSpec withCampaign(DatasetSpec spec) {
        return new DatasetSpec(
                spec.name(),
                spec.detect(),
                spec.sources(),
                spec.entities(),
                spec.segments(),
                spec.checks(),
                spec.currency(),
                spec.timezone(),
                spec.pipeline(),
                spec.detectHeaders(),
                spec.targets(),
                spec.alerts(),
                spec.notifications(),
                spec.audiences(),
                List.of(new CampaignSpec(
                        "win-back", "2024-01-08", "2024-03-31", "lists/treated.csv", "lists/holdout.csv", null, null)));
    }

    @Test
    void aChangedCampaignListChangesTheRunsHashAndTheSameListKeepsIt() throws Exception {
        DatasetSpec spec = withCampaign(Presets.load("crm-erp"));
        Files.createDirectories(data.resolve("lists"));
        Files.writeString(data.resolve("lists/treated.csv"), "customer_id\n1\n2\n");
        Files.writeString(data.resolve("lists/holdout.csv"), "customer_id\n3\n");
        String first = Pipeline.contentHash(options(spec), INPUTS);
        String again = Pipeline.contentHash(options(spec), INPUTS);

        Files.writeString(data.resolve("lists/holdout.csv"), "customer_id\n4\n");
        String changed = Pipeline.contentHash(options(spec), INPUTS);
        Files.delete(data.resolve("lists/holdout.csv"));
        String missing = Pipeline.contentHash(options(spec), INPUTS);

        assertThat(again).isEqualTo(first);
        assertThat(changed).isNotEqualTo(first);
        assertThat(missing).isNotEqualTo(first).isNotEqualTo(changed);
    }
}
