package io.saleslens.infer;

import io.saleslens.spec.ColumnSpec;
import io.saleslens.spec.DatasetSpec;
import io.saleslens.spec.EntitySpec;
import java.util.LinkedHashMap;
import java.util.Optional;

/** The product entity of an inferred spec: from the product file the order lines join to, or from the order lines. */
final class ProductEntity {
    private ProductEntity() {}

    static EntitySpec build(ProbedFile fact, FactColumns factColumns, Optional<JoinMatch> join, Evidence evidence) {
        ProbedFile file = join.map(JoinMatch::dimension).orElse(fact);
        ColumnMatch key = join.map(JoinMatch::dimensionColumn).orElse(factColumns.productId());
        var columns = new LinkedHashMap<String, ColumnSpec>();
        columns.put(
                "product_number", DatasetInferrer.key(key, join.isPresent() ? factColumns.productId() : null, true));
        evidence.column(DatasetSpec.PRODUCT, "product_number", file, key);
        for (ColumnMatch column : file.columns()) {
            Meaning meaning = column.meaning();
            if (column == key || meaning == null || !meaning.isProductAttribute()) {
                continue;
            }
            // A product file's unit cost is the product's cost; in order lines it stays a sale column.
            if (meaning == Meaning.UNIT_COST && join.isEmpty()) {
                continue;
            }
            String name = meaning == Meaning.UNIT_COST ? "cost" : meaning.column();
            if (columns.containsKey(name)) {
                continue;
            }
            ColumnSpec spec =
                    meaning == Meaning.UNIT_COST ? SpecColumns.of(column, false) : SpecColumns.text(column, false);
            columns.put(
                    name,
                    meaning == Meaning.CATEGORY || meaning == Meaning.SUBCATEGORY ? spec.withMissing("Unknown") : spec);
            evidence.column(DatasetSpec.PRODUCT, name, file, column);
        }
        // The product lists of the metrics show a name and a category; without a column they stay empty (category
        // Unknown).
        for (String needed : new String[] {"product_name", "category"}) {
            if (!columns.containsKey(needed)) {
                ColumnSpec empty = new ColumnSpec(null, "CAST(NULL AS STRING)", "text", null, false, null, null, false);
                columns.put(needed, needed.equals("category") ? empty.withMissing("Unknown") : empty);
                evidence.derived(
                        DatasetSpec.PRODUCT,
                        needed,
                        "no " + needed.replace('_', ' ') + " column in " + file.fileName() + ": left empty");
            }
        }
        return new EntitySpec(file.source(), "product_number", DatasetInferrer.keepLast(), null, columns, null, null);
    }
}
