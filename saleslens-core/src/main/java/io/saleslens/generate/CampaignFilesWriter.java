package io.saleslens.generate;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Writes a planted campaign's treated and holdout files, in the layout of a run's audience files (only
 * {@code customer_id}, {@code customer_number}, {@code name} and {@code reason} are filled: the generator scores no
 * segments), and a spec: the crm-erp preset with a {@code campaigns:} entry naming both files, so a run on the
 * generated folder with {@code --spec campaign/spec.yaml} measures the campaign.
 */
final class CampaignFilesWriter {
    static final String AUDIENCE_HEADER = "customer_id,customer_number,name,segment,recency_score,frequency_score,"
            + "monetary_score,last_order_date,revenue,reason";
    private static final String PRESET = "/io/saleslens/spec/presets/crm-erp.yaml";
    private static final int KEY_DIGITS = 8;

    private final GeneratorOptions options;
    private final CampaignPlanting planting;

    CampaignFilesWriter(GeneratorOptions options, CampaignPlanting planting) {
        this.options = options;
        this.planting = planting;
    }

    /** Writes the three files and returns the data rows of each, by path. */
    java.util.Map<String, Long> write() throws IOException {
        Path out = options.outputDirectory();
        long treated;
        long holdout;
        try (CsvRowWriter treatedFile = new CsvRowWriter(out.resolve(PlantedCampaign.TREATED_FILE));
                CsvRowWriter holdoutFile = new CsvRowWriter(out.resolve(PlantedCampaign.HOLDOUT_FILE))) {
            treatedFile.text(AUDIENCE_HEADER).endRow();
            holdoutFile.text(AUDIENCE_HEADER).endRow();
            for (long id = CustomerAcquisition.FIRST_CUSTOMER_ID; id < planting.eligibleEndId(); id++) {
                CampaignGroup group = planting.group(id);
                if (group != CampaignGroup.NONE) {
                    CustomerProfile profile = CustomerProfile.of(options.seed(), id);
                    CsvRowWriter file = group == CampaignGroup.TREATED ? treatedFile : holdoutFile;
                    file.number(id)
                            .zeroPadded("AW", id, KEY_DIGITS)
                            .text(profile.firstName() + " " + profile.lastName())
                            .blank()
                            .blank()
                            .blank()
                            .blank()
                            .blank()
                            .blank()
                            .text(
                                    group == CampaignGroup.TREATED
                                            ? "planted campaign: treated"
                                            : "planted campaign: held out")
                            .endRow();
                }
            }
            treated = treatedFile.rows() - 1;
            holdout = holdoutFile.rows() - 1;
        }
        Files.writeString(out.resolve(PlantedCampaign.SPEC_FILE), spec(), StandardCharsets.UTF_8);
        return java.util.Map.of(PlantedCampaign.TREATED_FILE, treated, PlantedCampaign.HOLDOUT_FILE, holdout);
    }

    private String spec() throws IOException {
        String preset;
        try (InputStream in = CampaignFilesWriter.class.getResourceAsStream(PRESET)) {
            if (in == null) {
                throw new IllegalStateException(PRESET + " is missing from the build");
            }
            preset = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        CampaignPlan plan = options.campaign();
        return preset.stripTrailing()
                + "\n# A campaign planted by the generator (relative lift " + plan.relativeLift()
                + "); paths are relative to the data folder.\n"
                + "campaigns:\n"
                + "  - name: " + PlantedCampaign.NAME + "\n"
                + "    start: " + plan.windowStart() + "\n"
                + "    end: " + plan.windowEnd() + "\n"
                + "    audience: " + PlantedCampaign.TREATED_FILE + "\n"
                + "    holdout: " + PlantedCampaign.HOLDOUT_FILE + "\n"
                + "    measures: [conversion, orders_per_customer, revenue_per_customer]\n";
    }
}
