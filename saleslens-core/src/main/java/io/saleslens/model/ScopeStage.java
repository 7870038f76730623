package io.saleslens.model;

import io.saleslens.spec.DatasetSpec;
import io.saleslens.spec.EntitySpec;
import io.saleslens.stage.OutOfScope;
import io.saleslens.stage.RunContext;
import io.saleslens.stage.Stage;
import io.saleslens.stage.Tables;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Applies the spec's row filters ({@code where}) before the checks, so the lines they keep out of scope (refunded
 * orders, lost deals) are neither checked nor scored: for each source read by a filtered entity, the view
 * {@link Tables#checked} holds the lines in scope, and the run records how many were kept out.
 */
public final class ScopeStage implements Stage {

    @Override
    public String name() {
        return "scope";
    }

    @Override
    public OutOfScope run(RunContext context) {
        EntityCleaner cleaner =
                new EntityCleaner(context.engine(), context.spec().timezone());
        Map<String, List<String>> filteredBySource = new LinkedHashMap<>();
        context.spec().entities().forEach((entityName, entity) -> {
            if (entity.where() != null) {
                cleaner.prepare(entityName, entity);
                filteredBySource
                        .computeIfAbsent(entity.from(), source -> new ArrayList<>())
                        .add(entityName);
            }
        });
        // A source of order lines is in scope where the sale entity keeps its lines: the customer or product
        // entities' own filters (a line without an email) do not take a sold line out of the checks.
        EntitySpec sale = context.spec().entities().get(DatasetSpec.SALE);
        if (sale != null && sale.where() != null) {
            filteredBySource.put(sale.from(), List.of(DatasetSpec.SALE));
        } else if (sale != null) {
            filteredBySource.remove(sale.from());
        }
        Map<String, Long> outOfScope = new LinkedHashMap<>();
        for (Map.Entry<String, List<String>> entry : filteredBySource.entrySet()) {
            String source = entry.getKey();
            String lines = Tables.scratch(source, "out_of_scope");
            List<String> filtered = entry.getValue().stream()
                    .map(e -> "SELECT _line FROM " + EntityCleaner.filteredLines(e))
                    .toList();
            context.engine()
                    .replaceTable(lines, "SELECT DISTINCT _line FROM (" + String.join(" UNION ALL ", filtered) + ") f");
            context.engine()
                    .execute("CREATE OR REPLACE VIEW " + Tables.checked(source) + " AS SELECT b.* FROM "
                            + Tables.bronze(source) + " b LEFT JOIN " + lines
                            + " o ON o._line = b._line WHERE o._line IS NULL");
            long count = context.engine().queryLong("SELECT count(*) FROM " + lines);
            outOfScope.put(source, count);
        }
        return new OutOfScope(outOfScope);
    }
}
