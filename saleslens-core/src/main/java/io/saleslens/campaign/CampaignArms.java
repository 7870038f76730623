package io.saleslens.campaign;

import io.saleslens.engine.CsvFormat;
import io.saleslens.engine.Engine;
import io.saleslens.engine.SqlDialect;
import io.saleslens.error.ErrorCode;
import io.saleslens.error.SalesLensException;
import io.saleslens.spec.CampaignSpec;
import io.saleslens.stage.Tables;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * Builds a campaign's arms in the engine: table {@code work.campaign_<n>_listed (id, arm, customer_id)}, one row per
 * customer id the files or CRM columns list (text, trimmed), {@code arm} {@code treated} or {@code holdout}, and
 * {@code customer_id} the customer dimension's id when the customer is in the data (else null). A customer listed in
 * both arms is in neither: counted, and left out.
 */
final class CampaignArms {
    static final String TREATED = "treated";
    static final String HOLDOUT = "holdout";
    private static final String YES = "('1', 'true', 'yes', 'y', 'x')";

    private final Engine engine;
    private final SqlDialect sql;
    private final Path dataDir;
    private final String specOrigin;

    CampaignArms(Engine engine, Path dataDir, String specOrigin) {
        this.engine = engine;
        this.sql = engine.dialect();
        this.dataDir = dataDir;
        this.specOrigin = specOrigin;
    }

    /** The listed customers per arm and how many of them the data holds. */
    record Counts(long treatedListed, long treatedInData, long holdoutListed, long holdoutInData, long inBoth) {}

    static String table(int index) {
        return Tables.scratch("campaign_" + index, "listed");
    }

    Counts build(int index, CampaignSpec campaign) {
        String listed = campaign.crm() != null ? crmListed(index, campaign) : fileListed(index, campaign);
        engine.replaceTable(
                table(index),
                "WITH listed AS (" + listed + "),"
                        + " distinct_listed AS (SELECT DISTINCT id, arm FROM listed WHERE id IS NOT NULL AND id <> ''),"
                        + " both_arms AS (SELECT id FROM distinct_listed GROUP BY id HAVING count(*) > 1)"
                        + " SELECT l.id, l.arm, c.customer_id FROM distinct_listed l LEFT JOIN " + Tables.DIM_CUSTOMER
                        + " c ON CAST(c.customer_id AS STRING) = l.id"
                        + " WHERE l.id NOT IN (SELECT id FROM both_arms)");
        Map<String, Object> row = engine.query("SELECT "
                        + sql.countWhere("arm = '" + TREATED + "'") + " AS treated_listed, "
                        + sql.countWhere("arm = '" + TREATED + "' AND customer_id IS NOT NULL")
                        + " AS treated_in_data, "
                        + sql.countWhere("arm = '" + HOLDOUT + "'") + " AS holdout_listed, "
                        + sql.countWhere("arm = '" + HOLDOUT + "' AND customer_id IS NOT NULL") + " AS holdout_in_data"
                        + " FROM " + table(index))
                .get(0);
        long inBoth = engine.queryLong(
                "WITH listed AS (" + listed + ") SELECT count(*) FROM (SELECT id FROM (SELECT"
                        + " DISTINCT id, arm FROM listed WHERE id IS NOT NULL AND id <> '') d GROUP BY id HAVING count(*) > 1) b");
        return new Counts(
                number(row, "treated_listed"),
                number(row, "treated_in_data"),
                number(row, "holdout_listed"),
                number(row, "holdout_in_data"),
                inBoth);
    }

    private String fileListed(int index, CampaignSpec campaign) {
        String treated = loadFile(index, TREATED, "audience", campaign.name(), campaign.audience());
        if (campaign.holdout() == null) {
            return "SELECT trim(customer_id) AS id, '" + TREATED + "' AS arm FROM " + treated;
        }
        String holdout = loadFile(index, HOLDOUT, "holdout", campaign.name(), campaign.holdout());
        return "SELECT trim(customer_id) AS id, '" + TREATED + "' AS arm FROM " + treated
                + " UNION ALL SELECT trim(customer_id) AS id, '" + HOLDOUT + "' AS arm FROM " + holdout;
    }

    /** Loads an audience CSV as text; it must have a customer_id column, and may have any others. */
    private String loadFile(int index, String arm, String key, String campaign, String path) {
        Path file = dataDir.resolve(path);
        String at = specOrigin + ": campaign '" + campaign + "' " + key + " " + path;
        if (!Files.isRegularFile(file)) {
            throw new SalesLensException(
                    ErrorCode.SOURCE_NOT_FOUND,
                    at + ": file not found (" + file + "); a relative path is read from the data folder");
        }
        String table = Tables.scratch("campaign_" + index, arm + "_file");
        List<String> columns = engine.loadCsv(table, file, CsvFormat.DEFAULT.withOrigin(file.toString()))
                .columns();
        if (!columns.contains("customer_id")) {
            throw new SalesLensException(
                    ErrorCode.COLUMN_NOT_FOUND,
                    at + ": the header has no customer_id column (it has " + String.join(", ", columns)
                            + "); give a CSV whose header names the customer ids customer_id, such as a run's audience file");
        }
        return table;
    }

    private String crmListed(int index, CampaignSpec campaign) {
        CampaignSpec.CampaignCrmSpec crm = campaign.crm();
        String source = Tables.bronze(crm.from());
        List<String> present = engine.columns(source);
        String at = specOrigin + ": campaign '" + campaign.name() + "' crm.";
        requireColumn(present, at + "customer_id", crm.from(), crm.customerId());
        requireColumn(present, at + "contacted", crm.from(), crm.contacted());
        String id = "trim(" + sql.quote(crm.customerId()) + ")";
        String contacted = "lower(trim(" + sql.quote(crm.contacted()) + ")) IN " + YES;
        if (crm.holdout() == null) {
            return "SELECT " + id + " AS id, '" + TREATED + "' AS arm FROM " + source + " WHERE " + contacted;
        }
        requireColumn(present, at + "holdout", crm.from(), crm.holdout());
        String held = "lower(trim(" + sql.quote(crm.holdout()) + ")) IN " + YES;
        return "SELECT " + id + " AS id, CASE WHEN " + held + " THEN '" + HOLDOUT + "' ELSE '" + TREATED
                + "' END AS arm FROM " + source + " WHERE " + held + " OR " + contacted;
    }

    private static void requireColumn(List<String> present, String key, String source, String column) {
        if (!present.contains(column)) {
            throw new SalesLensException(
                    ErrorCode.COLUMN_NOT_FOUND,
                    key + " names column '" + column + "', which source " + source + " does not have; use one of "
                            + String.join(
                                    ", ",
                                    present.stream()
                                            .filter(c -> !c.startsWith("_"))
                                            .toList()));
        }
    }

    private static long number(Map<String, Object> row, String key) {
        Object value = row.get(key);
        return value == null ? 0 : ((Number) value).longValue();
    }
}
