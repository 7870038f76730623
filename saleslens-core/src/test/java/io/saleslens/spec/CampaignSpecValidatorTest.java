package io.saleslens.spec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.saleslens.error.ErrorCode;
import io.saleslens.error.SalesLensException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class CampaignSpecValidatorTest {
    private static final String ORIGIN = "shop.yaml";

    @Test
    void readsACampaignWithFilesAndDefaultMeasures() throws IOException {
        DatasetSpec spec = parse("  - { name: win-back, start: 2013-10-01, end: 2013-12-31,"
                + " audience: audiences/win-back.csv, holdout: audiences/win-back.holdout.csv }\n");

        CampaignSpec campaign = spec.campaigns().get(0);
        assertThat(campaign.name()).isEqualTo("win-back");
        assertThat(campaign.start()).isEqualTo("2013-10-01");
        assertThat(campaign.hasHoldout()).isTrue();
        assertThat(campaign.measures()).containsExactlyElementsOf(CampaignSpec.MEASURES);
    }

    @Test
    void readsCrmColumnsInsteadOfFiles() throws IOException {
        DatasetSpec spec = parse("  - name: calls\n    start: 2013-10-01\n    end: 2013-12-31\n"
                + "    crm: { from: cust_info, customer_id: cst_id, contacted: called, holdout: held }\n"
                + "    measures: [conversion]\n");

        CampaignSpec campaign = spec.campaigns().get(0);
        assertThat(campaign.crm().contacted()).isEqualTo("called");
        assertThat(campaign.hasHoldout()).isTrue();
        assertThat(campaign.measures()).containsExactly("conversion");
    }

    @Test
    void namesTheSpecFileAndTheKeyInEveryRefusal() {
        assertRefused(
                "  - { start: 2013-10-01, end: 2013-12-31, audience: a.csv }\n",
                "shop.yaml: campaigns[0].name is missing; give every campaign a name, such as name:"
                        + " win-back-2024-q1");
        assertRefused(
                "  - { name: x, start: 2013-13-01, end: 2013-12-31, audience: a.csv }\n",
                "shop.yaml: campaign 'x': start '2013-13-01' is not a date; write yyyy-MM-dd, such as 2024-03-01");
        assertRefused(
                "  - { name: x, start: 2013-10-01, audience: a.csv }\n",
                "shop.yaml: campaign 'x': end is missing; write the window's last day as yyyy-MM-dd");
        assertRefused(
                "  - { name: x, start: 2013-10-01, end: 2013-09-30, audience: a.csv }\n",
                "shop.yaml: campaign 'x': end 2013-09-30 is before start 2013-10-01; the window is start to end,"
                        + " both included");
        assertRefused(
                "  - { name: x, start: 2013-10-01, end: 2013-12-31, audience: a.csv, measures: [roi] }\n",
                "shop.yaml: campaign 'x': measures lists 'roi'; use conversion, orders_per_customer,"
                        + " revenue_per_customer");
        assertRefused(
                "  - { name: x, start: 2013-10-01, end: 2013-12-31, crm: { from: crm, customer_id: id,"
                        + " contacted: c } }\n",
                "shop.yaml: campaign 'x': crm.from 'crm'; name one of the sources: cust_info, prd_info,"
                        + " sales_details, cust_az12, loc_a101, px_cat_g1v2");
        assertRefused(
                "  - { name: x, start: 2013-10-01, end: 2013-12-31 }\n",
                "shop.yaml: campaign 'x': say who was targeted: audience:");
        assertRefused(
                "  - { name: x, start: 2013-10-01, end: 2013-12-31, audience: a.csv }\n"
                        + "  - { name: x, start: 2013-10-01, end: 2013-12-31, audience: b.csv }\n",
                "shop.yaml: campaign 'x': two campaigns have this name; give each its own");
    }

    private static void assertRefused(String campaigns, String message) {
        assertThatThrownBy(() -> parse(campaigns))
                .isInstanceOf(SalesLensException.class)
                .hasMessageStartingWith(message)
                .satisfies(e -> assertThat(((SalesLensException) e).code()).isEqualTo(ErrorCode.SPEC_INVALID));
    }

    private static DatasetSpec parse(String campaigns) throws IOException {
        try (InputStream in = SpecLoader.class.getResourceAsStream("/io/saleslens/spec/presets/crm-erp.yaml")) {
            String preset = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            return SpecLoader.parse(preset.stripTrailing() + "\ncampaigns:\n" + campaigns, ORIGIN);
        }
    }
}
