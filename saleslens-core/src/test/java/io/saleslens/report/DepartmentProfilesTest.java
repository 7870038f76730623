package io.saleslens.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.saleslens.error.ErrorCategory;
import io.saleslens.error.SalesLensException;
import io.saleslens.insight.InsightRanking;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DepartmentProfilesTest {
    private static final DepartmentProfiles PROFILES =
            new DepartmentProfiles(InsightRanking.standard().types());

    @Test
    void loadsTheSevenShippedDepartments() {
        assertThat(PROFILES.load(Optional.empty(), List.of()))
                .extracting(DepartmentProfile::name)
                .containsExactly(
                        "sales", "marketing", "finance", "product", "operations", "executive", "data-engineering");
    }

    @Test
    void aChangedProfileChangesTheReportWithoutRecompiling(@TempDir Path folder) throws Exception {
        try (InputStream shipped = getClass().getResourceAsStream("/io/saleslens/report/departments/sales.yaml")) {
            String yaml = new String(shipped.readAllBytes(), StandardCharsets.UTF_8)
                    .replace("title: SALES TEAM REPORT", "title: FIELD SALES REPORT")
                    .replace("title: Segmented outreach", "title: Key-account push");
            Files.writeString(folder.resolve("sales.yaml"), yaml);
        }
        Files.writeString(
                folder.resolve("partners.yaml"),
                "title: PARTNER REPORT\nteam: Partners\ntop_insights: 1\n"
                        + "insights: [{type: top_contributor, heading: Leader}]\n");

        List<DepartmentProfile> profiles = PROFILES.load(Optional.of(folder), List.of("sales", "partners"));
        String sales = new DepartmentReport(profiles.get(0)).render(ReportFixtures.input());
        String partners = new DepartmentReport(profiles.get(1)).render(ReportFixtures.input());

        assertThat(sales)
                .startsWith("# FIELD SALES REPORT")
                .contains("**Key-account push:**")
                .doesNotContain("Segmented outreach");
        assertThat(partners).startsWith("# PARTNER REPORT").contains("**1. Leader**", "## Success Metrics");
    }

    @Test
    void anUnknownInsightTypeIsAUserErrorNamingTheFile(@TempDir Path folder) throws Exception {
        Files.writeString(
                folder.resolve("ops.yaml"), "title: OPS\nteam: Ops\ntop_insights: 2\ninsights: [{type: weather}]\n");

        assertThatThrownBy(() -> PROFILES.load(Optional.of(folder), List.of()))
                .isInstanceOf(SalesLensException.class)
                .hasMessageStartingWith(folder.resolve("ops.yaml")
                        + ": unknown insight type 'weather'; known: top_contributor, segment_gap");
    }

    @Test
    void anActionNamingAnUnknownCustomerListIsAUserErrorListingTheKnownOnes(@TempDir Path folder) throws Exception {
        Files.writeString(
                folder.resolve("ops.yaml"),
                "title: OPS\nteam: Ops\ninsights: [{type: segment_gap}]\nactions:\n  - on: segment_gap\n"
                        + "    horizon: immediate\n    title: Calls\n    audience: [win-back, winback]\n    do: call them\n");

        assertThatThrownBy(() -> PROFILES.load(Optional.of(folder), List.of()))
                .isInstanceOf(SalesLensException.class)
                .hasMessage(folder.resolve("ops.yaml") + ": action 'Calls' names the unknown customer list 'winback';"
                        + " known: win-back, high-value-segment, low-value-segment")
                .extracting(e -> ((SalesLensException) e).category())
                .isEqualTo(ErrorCategory.USER_ERROR);
    }

    @Test
    void aMisspelledFieldIsAUserErrorNamingTheLine(@TempDir Path folder) throws Exception {
        Files.writeString(folder.resolve("ops.yaml"), "title: OPS\ntop_insight: 2\nteam: Ops\n");

        assertThatThrownBy(() -> PROFILES.load(Optional.of(folder), List.of()))
                .isInstanceOf(SalesLensException.class)
                .hasMessageStartingWith(
                        folder.resolve("ops.yaml") + " line 2: unknown field 'top_insight'; known fields: actions,");
    }

    @Test
    void anUnknownDepartmentIsAUserErrorListingTheKnownOnes() {
        assertThatThrownBy(() -> PROFILES.load(Optional.empty(), List.of("legal")))
                .isInstanceOf(SalesLensException.class)
                .hasMessage(
                        "--departments: unknown department 'legal'; known: sales, marketing, finance, product, operations, executive,"
                                + " data-engineering (add one with --profiles DIR holding legal.yaml)");
    }
}
