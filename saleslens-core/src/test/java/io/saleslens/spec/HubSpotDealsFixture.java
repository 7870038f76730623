package io.saleslens.spec;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/**
 * A HubSpot deals export ({@code deals.csv}) from a seeded Random: the view's columns in a seed-chosen order, stages
 * as labels or (per seed) as the internal values an API export writes, plain amounts or blank, dates with a time
 * across three years, a custom stage in no list ("On Hold"), company names with commas and quotes, blank companies.
 */
final class HubSpotDealsFixture {
    static final Set<String> WON = Set.of("Closed Won");
    static final Set<String> LOST = Set.of("Closed Lost");
    static final Set<String> OPEN = Set.of(
            "Appointment Scheduled",
            "Qualified To Buy",
            "Presentation Scheduled",
            "Decision Maker Bought-In",
            "Contract Sent");
    static final List<String> COLUMNS = List.of(
            "Record ID",
            "Deal Name",
            "Deal Stage",
            "Amount",
            "Close Date",
            "Create Date",
            "Deal owner",
            "Pipeline",
            "Associated Company",
            "Deal probability",
            "Deal Type");
    /** Label, internal value and default probability of each stage of HubSpot's default sales pipeline. */
    private static final List<String[]> STAGES = List.of(
            new String[] {"Appointment Scheduled", "appointmentscheduled", "0.2"},
            new String[] {"Qualified To Buy", "qualifiedtobuy", "0.4"},
            new String[] {"Presentation Scheduled", "presentationscheduled", "0.6"},
            new String[] {"Decision Maker Bought-In", "decisionmakerboughtin", "0.8"},
            new String[] {"Contract Sent", "contractsent", "0.9"},
            new String[] {"Closed Won", "closedwon", "1.0"},
            new String[] {"Closed Lost", "closedlost", "0.0"},
            new String[] {"On Hold", "onhold", "0.1"});

    private static final List<String> COMPANIES =
            List.of("Acme, Inc.", "Globex", "Initech \"Labs\"", "Hooli", "Soylent Corp", "Pied Piper");
    private static final List<String> OWNERS = List.of("Ana Lopez", "Ben Okafor", "Chen Wei");

    private HubSpotDealsFixture() {}

    static DealFigures figures(List<DealRow> deals) {
        return new DealFigures(deals, WON, LOST, OPEN);
    }

    /** Writes {@code deals.csv} into the folder and returns the deals it holds, stages as their labels. */
    static List<DealRow> write(Path folder, long seed, int deals) throws IOException {
        Random random = new Random(seed);
        DealCsv csv = new DealCsv(COLUMNS, random);
        boolean internalValues = random.nextBoolean();
        List<DealRow> rows = new ArrayList<>();
        for (int i = 0; i < deals; i++) {
            String[] stage = pickStage(random);
            BigDecimal amount = random.nextInt(7) == 0 ? null : BigDecimal.valueOf(100 + random.nextInt(90_000_00), 2);
            LocalDate created = LocalDate.of(2023, 1, 1).plusDays(random.nextInt(3 * 365));
            LocalDate closed = created.plusDays(random.nextInt(180));
            String id = Long.toString(9_000_000_000L + i * 104_729L);
            String company = random.nextInt(12) == 0 ? null : COMPANIES.get(random.nextInt(COMPANIES.size()));
            String owner = OWNERS.get(random.nextInt(OWNERS.size()));
            double probability = Double.parseDouble(stage[2]);
            rows.add(new DealRow(id, company, stage[0], amount, probability, created, closed, owner, null));
            Map<String, String> values = new LinkedHashMap<>();
            values.put("Record ID", id);
            values.put(
                    "Deal Name",
                    (company == null ? "Inbound" : company) + " - "
                            + (random.nextBoolean() ? "Annual, 2 seats" : "Pilot"));
            values.put("Deal Stage", internalValues ? stage[1] : stage[0]);
            values.put(
                    "Amount", amount == null ? "" : amount.stripTrailingZeros().toPlainString());
            values.put(
                    "Close Date",
                    closed + String.format(Locale.ROOT, " %02d:%02d", random.nextInt(24), random.nextInt(60)));
            values.put(
                    "Create Date",
                    created + String.format(Locale.ROOT, " %02d:%02d", random.nextInt(24), random.nextInt(60)));
            values.put("Deal owner", owner);
            values.put("Pipeline", "Sales Pipeline");
            values.put("Associated Company", company == null ? "" : company);
            values.put("Deal probability", stage[2]);
            values.put("Deal Type", random.nextBoolean() ? "newbusiness" : "existingbusiness");
            csv.row(values);
        }
        csv.write(folder.resolve("deals.csv"));
        return rows;
    }

    private static String[] pickStage(Random random) {
        int draw = random.nextInt(100);
        if (draw < 30) {
            return STAGES.get(5);
        }
        if (draw < 50) {
            return STAGES.get(6);
        }
        if (draw < 55) {
            return STAGES.get(7);
        }
        return STAGES.get(random.nextInt(5));
    }
}
