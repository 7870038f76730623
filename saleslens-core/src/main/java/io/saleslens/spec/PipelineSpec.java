package io.saleslens.spec;

import static java.util.Objects.requireNonNull;

import io.saleslens.error.ErrorCode;
import io.saleslens.error.SalesLensException;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The deals of a CRM export (opportunities), read for the pipeline figures: every deal, open, won or lost, where
 * the sale entity holds only the won ones. Stages are data: which stage names mean won, lost and open.
 *
 * @param from the source holding one row per deal
 * @param columns deal columns as entity columns are written: {@code deal_id}, {@code stage} and {@code amount} are
 *     required; {@code probability}, {@code created_date}, {@code close_date}, {@code owner}, {@code region},
 *     {@code industry}, {@code product_family} are read when present
 * @param wonStages stage names of won deals, such as Closed Won
 * @param lostStages stage names of lost deals, such as Closed Lost
 * @param openStages stage names of open deals; a stage in none of the three lists is counted as unclassified
 * @param probabilityScale {@code percent} (0 to 100, the default) or {@code fraction} (0 to 1)
 */
public record PipelineSpec(
        String from,
        Map<String, ColumnSpec> columns,
        List<String> wonStages,
        List<String> lostStages,
        List<String> openStages,
        String probabilityScale) {

    public static final List<String> REQUIRED_COLUMNS = List.of("deal_id", "stage", "amount");
    public static final List<String> OPTIONAL_COLUMNS =
            List.of("probability", "created_date", "close_date", "owner", "region", "industry", "product_family");

    public PipelineSpec {
        requireNonNull(from, "pipeline needs 'from', the source holding one row per deal");
        columns = columns == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(columns));
        wonStages = wonStages == null ? List.of() : List.copyOf(wonStages);
        lostStages = lostStages == null ? List.of() : List.copyOf(lostStages);
        openStages = openStages == null ? List.of() : List.copyOf(openStages);
        probabilityScale = probabilityScale == null ? "percent" : probabilityScale;
        if (!Set.of("percent", "fraction").contains(probabilityScale)) {
            throw new SalesLensException(
                    ErrorCode.SPEC_INVALID,
                    "pipeline probability_scale must be percent or fraction, not '" + probabilityScale + "'");
        }
        if (wonStages.isEmpty() || lostStages.isEmpty()) {
            throw new SalesLensException(
                    ErrorCode.SPEC_INVALID,
                    "pipeline needs 'won_stages' and 'lost_stages' (such as [Closed Won] and [Closed Lost])");
        }
    }
}
