package io.saleslens.infer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.saleslens.error.ErrorCategory;
import io.saleslens.error.ErrorCode;
import io.saleslens.error.SalesLensException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DealStagesTest {
    @TempDir
    Path work;

    /** A Salesforce opportunities report as its export writes one: "$12,500.00" amounts (some blank), MM/DD/YYYY dates. */
    @Test
    void anOpportunitiesReportIsRefusedWithTheSpecThatKeepsTheWonDeals() throws Exception {
        Path data = Files.createDirectories(work.resolve("salesforce"));
        String[] stages = {"Closed Won", "Closed Lost", "Prospecting", "Negotiation/Review"};
        StringBuilder csv = new StringBuilder(
                "\"Opportunity ID\",\"Account Name\",\"Stage\",\"Probability (%)\",\"Amount\",\"Close Date\","
                        + "\"Created Date\",\"Owner\",\"Region\",\"Industry\",\"Product Family\"\n");
        Random random = new Random(5);
        long won = 0;
        for (int i = 0; i < 40; i++) {
            String stage = stages[i % stages.length];
            won += stage.equals("Closed Won") ? 1 : 0;
            String amount = i % 9 == 8
                    ? ""
                    : "\"$" + String.format(Locale.ROOT, "%,.2f", 500 + random.nextInt(40_000) + 0.5) + "\"";
            csv.append("006")
                    .append(1000 + i)
                    .append(",\"Account ")
                    .append(i % 7)
                    .append(", Inc.\",")
                    .append(stage)
                    .append(',')
                    .append(stage.equals("Closed Won") ? 100 : stage.equals("Closed Lost") ? 0 : 40)
                    .append(',')
                    .append(amount)
                    .append(',')
                    .append(String.format("%02d/%02d/2024", 1 + i % 12, 1 + i % 28))
                    .append(',')
                    .append(String.format("%02d/%02d/2023", 1 + i % 12, 1 + (i * 3) % 28))
                    .append(",Owner ")
                    .append(i % 3)
                    .append(",EMEA,Software,")
                    .append(i % 2 == 0 ? "Platform" : "Services")
                    .append('\n');
        }
        Files.writeString(data.resolve("opportunities.csv"), csv);
        long rows = 40;
        assertThatThrownBy(() -> InferredRun.infer(data, work))
                .isInstanceOf(SalesLensException.class)
                .satisfies(e -> assertThat(((SalesLensException) e).category()).isEqualTo(ErrorCategory.USER_ERROR))
                .satisfies(e -> assertThat(((SalesLensException) e).code()).isEqualTo(ErrorCode.DATASET_UNDECIDABLE))
                .hasMessageContaining("opportunities.csv: column 'Stage' holds deal stages (" + won + " of " + rows
                        + " rows 'Closed Won'")
                .hasMessageContaining("where: \"stage = 'Closed Won'\"")
                .hasMessageContaining("order_number: { from: \"Opportunity ID\", required: true }")
                .hasMessageContaining("order_date: { from: \"Close Date\", type: date, format: M/d/yyyy }")
                .hasMessageContaining("customer_id: { from: \"Account Name\" }")
                .hasMessageContaining("product_number: { from: \"Product Family\" }")
                .hasMessageContaining("stage: { from: Stage }")
                .hasMessageContaining("sales_amount: { expr: 'replace(");
    }
}
