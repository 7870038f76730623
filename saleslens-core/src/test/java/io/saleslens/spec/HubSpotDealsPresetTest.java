package io.saleslens.spec;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/** The HubSpot preset on a seeded deals export. */
class HubSpotDealsPresetTest extends DealPresetTest {

    @Override
    String preset() {
        return "hubspot-deals";
    }

    @Override
    List<DealRow> write(Path folder, long seed, int deals) throws IOException {
        return HubSpotDealsFixture.write(folder, seed, deals);
    }

    @Override
    DealFigures figures(List<DealRow> deals) {
        return HubSpotDealsFixture.figures(deals);
    }

    @Override
    long seed() {
        return 7L;
    }

    @Override
    String fileName() {
        return "deals.csv";
    }

    @Override
    void assertUnclassifiedStage(String stage) {
        // A custom stage keeps the name the export wrote: its label, or its internal value in an API export.
        assertThat(stage).isIn("On Hold", "onhold");
    }
}
