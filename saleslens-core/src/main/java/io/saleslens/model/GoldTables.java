package io.saleslens.model;

import io.saleslens.stage.StageResult;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/** What the model stage hands on: the rows of each star-schema table by name; its figure is the order lines. */
public record GoldTables(Map<String, Long> rowsByTable) implements StageResult {
    public static final String FACT_SALES = "fact_sales";

    public GoldTables {
        rowsByTable = Collections.unmodifiableMap(new LinkedHashMap<>(rowsByTable));
    }

    /** The order lines of the fact table. */
    public long orderLines() {
        return rowsByTable.getOrDefault(FACT_SALES, 0L);
    }

    @Override
    public long rows() {
        return orderLines();
    }
}
