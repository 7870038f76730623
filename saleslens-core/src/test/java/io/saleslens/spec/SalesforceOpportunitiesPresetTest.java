package io.saleslens.spec;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/** The Salesforce preset on a seeded opportunity export. */
class SalesforceOpportunitiesPresetTest extends DealPresetTest {

    @Override
    String preset() {
        return "salesforce-opportunities";
    }

    @Override
    List<DealRow> write(Path folder, long seed, int deals) throws IOException {
        return SalesforceOpportunitiesFixture.write(folder, seed, deals);
    }

    @Override
    DealFigures figures(List<DealRow> deals) {
        return SalesforceOpportunitiesFixture.figures(deals);
    }

    @Override
    long seed() {
        return 20260124L;
    }

    @Override
    String fileName() {
        return "opportunities.csv";
    }

    @Override
    void assertUnclassifiedStage(String stage) {
        assertThat(stage).isEqualTo("Stalled");
    }
}
