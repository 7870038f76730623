package io.saleslens.spec;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/**
 * A Salesforce opportunity report export ({@code opportunities.csv}) from a seeded Random: the report's columns in a
 * seed-chosen order, amounts as "$12,500.00" or blank, dates MM/DD/YYYY across three years, won, lost and open deals
 * and a stage in no list (a custom "Stalled"), account and opportunity names with commas and quotes.
 */
final class SalesforceOpportunitiesFixture {
    static final Set<String> WON = Set.of("Closed Won");
    static final Set<String> LOST = Set.of("Closed Lost");
    static final Set<String> OPEN = Set.of(
            "Prospecting",
            "Qualification",
            "Needs Analysis",
            "Value Proposition",
            "Id. Decision Makers",
            "Perception Analysis",
            "Proposal/Price Quote",
            "Negotiation/Review");
    static final List<String> COLUMNS = List.of(
            "Opportunity Owner",
            "Account Name",
            "Opportunity Name",
            "Stage",
            "Fiscal Period",
            "Amount",
            "Probability (%)",
            "Age",
            "Close Date",
            "Created Date",
            "Next Step",
            "Lead Source",
            "Type",
            "Opportunity ID",
            "Product Family");
    private static final Map<String, Integer> PROBABILITY = new LinkedHashMap<>();
    private static final List<String> ACCOUNTS = List.of(
            "Acme, Inc.",
            "Globex Corporation",
            "Initech",
            "Umbrella \"Bio\" Labs",
            "Stark Industries",
            "Wayne Enterprises, LLC",
            "Hooli",
            "Vandelay Imports");
    private static final List<String> OWNERS = List.of("Ana Lopez", "Ben Okafor", "Chen Wei", "Dana Smith");
    private static final List<String> FAMILIES = List.of("Hardware", "Software", "Services");
    private static final DateTimeFormatter US_DATE = DateTimeFormatter.ofPattern("MM/dd/yyyy");

    static {
        PROBABILITY.put("Prospecting", 10);
        PROBABILITY.put("Qualification", 10);
        PROBABILITY.put("Needs Analysis", 20);
        PROBABILITY.put("Value Proposition", 50);
        PROBABILITY.put("Id. Decision Makers", 60);
        PROBABILITY.put("Perception Analysis", 70);
        PROBABILITY.put("Proposal/Price Quote", 75);
        PROBABILITY.put("Negotiation/Review", 90);
        PROBABILITY.put("Closed Won", 100);
        PROBABILITY.put("Closed Lost", 0);
        PROBABILITY.put("Stalled", 5);
    }

    private SalesforceOpportunitiesFixture() {}

    static DealFigures figures(List<DealRow> deals) {
        return new DealFigures(deals, WON, LOST, OPEN);
    }

    /** Writes {@code opportunities.csv} into the folder and returns the deals it holds. */
    static List<DealRow> write(Path folder, long seed, int deals) throws IOException {
        Random random = new Random(seed);
        DealCsv csv = new DealCsv(COLUMNS, random);
        DecimalFormat money = new DecimalFormat("$#,##0.00", DecimalFormatSymbols.getInstance(Locale.US));
        List<String> stages = new ArrayList<>(PROBABILITY.keySet());
        List<DealRow> rows = new ArrayList<>();
        for (int i = 0; i < deals; i++) {
            String stage = pickStage(random, stages);
            BigDecimal amount = random.nextInt(8) == 0
                    ? null
                    : BigDecimal.valueOf(500 + random.nextInt(250_000), 0)
                            .add(BigDecimal.valueOf(random.nextInt(100), 2));
            LocalDate created = LocalDate.of(2022, 1, 1).plusDays(random.nextInt(3 * 365));
            LocalDate closed = created.plusDays(random.nextInt(240));
            String id = "006" + String.format(Locale.ROOT, "%015d", 7_000_000L + i * 7919L);
            String account = ACCOUNTS.get(random.nextInt(ACCOUNTS.size()));
            String owner = OWNERS.get(random.nextInt(OWNERS.size()));
            String family = random.nextInt(10) == 0 ? null : FAMILIES.get(random.nextInt(FAMILIES.size()));
            int probability = PROBABILITY.get(stage);
            rows.add(new DealRow(id, account, stage, amount, probability / 100.0, created, closed, owner, family));
            Map<String, String> values = new LinkedHashMap<>();
            values.put("Opportunity Owner", owner);
            values.put("Account Name", account);
            values.put(
                    "Opportunity Name",
                    account + " - " + (random.nextBoolean() ? "Renewal, FY" + closed.getYear() : "New \"Pilot\""));
            values.put("Stage", stage);
            values.put("Fiscal Period", "Q" + ((closed.getMonthValue() - 1) / 3 + 1) + "-" + closed.getYear());
            values.put("Amount", amount == null ? "" : money.format(amount));
            values.put("Probability (%)", Integer.toString(probability));
            values.put("Age", Integer.toString(random.nextInt(400)));
            values.put("Close Date", US_DATE.format(closed));
            values.put("Created Date", US_DATE.format(created));
            values.put("Next Step", random.nextBoolean() ? "" : "Call back, then send quote");
            values.put("Lead Source", random.nextBoolean() ? "Web" : "Partner Referral");
            values.put("Type", random.nextBoolean() ? "New Business" : "Existing Business");
            values.put("Opportunity ID", id);
            values.put("Product Family", family == null ? "" : family);
            csv.row(values);
        }
        csv.write(folder.resolve("opportunities.csv"));
        return rows;
    }

    /** About a third won, a fifth lost, one in twenty in the custom stage, the rest spread over the open stages. */
    private static String pickStage(Random random, List<String> stages) {
        int draw = random.nextInt(100);
        if (draw < 33) {
            return "Closed Won";
        }
        if (draw < 53) {
            return "Closed Lost";
        }
        if (draw < 58) {
            return "Stalled";
        }
        List<String> open = stages.stream().filter(OPEN::contains).toList();
        return open.get(random.nextInt(open.size()));
    }
}
