package io.saleslens.infer;

import io.saleslens.spec.ColumnSpec;
import io.saleslens.spec.DatasetSpec;
import io.saleslens.spec.EntitySpec;
import io.saleslens.spec.FillDownSpec;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The customer entity of an inferred spec: from the customer file the order lines join to, or from the
 * order lines themselves (one row per customer id, the last line wins), with the segment attributes.
 */
record CustomerEntity(EntitySpec entity, List<String> segments, String segmentReason) {
    static final int MIN_SEGMENTS = 2;
    static final int MAX_SEGMENTS = 12;
    private static final int MAX_SEGMENT_ATTRIBUTES = 4;

    static CustomerEntity build(ProbedFile fact, FactColumns factColumns, Optional<JoinMatch> join, Evidence evidence) {
        ProbedFile file = join.map(JoinMatch::dimension).orElse(fact);
        ColumnMatch key = join.map(JoinMatch::dimensionColumn).orElse(factColumns.customerId());
        var columns = new LinkedHashMap<String, ColumnSpec>();
        columns.put("customer_id", DatasetInferrer.key(key, join.isPresent() ? factColumns.customerId() : null, true));
        evidence.column(DatasetSpec.CUSTOMER, "customer_id", file, key);
        List<String> categorical = new ArrayList<>();
        List<String> orderLevel = new ArrayList<>();
        String segmentColumn = null;
        for (ColumnMatch column : file.columns()) {
            if (column == key) {
                continue;
            }
            String name;
            if (column.meaning() != null && column.meaning().isCustomerAttribute()) {
                name = column.meaning().column();
            } else if (join.isPresent() && column.meaning() == null && isCategorical(column)) {
                // In a customer file every categorical column describes the customer; in order lines it may not.
                name = snakeCase(column.column());
            } else {
                continue;
            }
            if (columns.containsKey(name)) {
                continue;
            }
            columns.put(name, SpecColumns.text(column, false).withMissing("Unknown"));
            if (join.isEmpty() && factColumns.layout().isOrderLevel(column)) {
                orderLevel.add(name);
            }
            evidence.column(DatasetSpec.CUSTOMER, name, file, column);
            if (column.meaning() == Meaning.SEGMENT && segmentColumn == null) {
                segmentColumn = name;
            }
            if (isCategorical(column) && !isName(column)) {
                categorical.add(name);
            }
        }
        List<String> segments = new ArrayList<>();
        String reason;
        if (segmentColumn != null) {
            segments.add(segmentColumn);
            reason = "segment attribute: " + segmentColumn + " (a column named like a segment)";
        } else if (!categorical.isEmpty()) {
            segments.add(categorical.get(0));
            reason = "segment attribute: " + categorical.get(0)
                    + " (no column named like a segment; the first customer attribute with " + MIN_SEGMENTS + " to "
                    + MAX_SEGMENTS + " values)";
        } else {
            reason = "segment attribute: none (no customer attribute has " + MIN_SEGMENTS + " to " + MAX_SEGMENTS
                    + " values)";
        }
        categorical.stream()
                .filter(c -> !segments.contains(c))
                .limit(MAX_SEGMENT_ATTRIBUTES - segments.size())
                .forEach(segments::add);
        // Order lines that leave the billing fields to an order's first line would give the last line's blanks.
        FillDownSpec fillDown = orderLevel.isEmpty() ? null : new FillDownSpec("customer_id", orderLevel);
        EntitySpec entity = new EntitySpec(
                file.source(), "customer_id", DatasetInferrer.keepLast(), null, columns, null, null, fillDown, null);
        return new CustomerEntity(entity, segments, reason);
    }

    static boolean isCategorical(ColumnMatch column) {
        return column.format().kind() == ValueFormat.Kind.TEXT
                && column.distinct() >= MIN_SEGMENTS
                && column.distinct() <= MAX_SEGMENTS;
    }

    private static boolean isName(ColumnMatch column) {
        return column.meaning() == Meaning.CUSTOMER_NAME
                || column.meaning() == Meaning.FIRST_NAME
                || column.meaning() == Meaning.LAST_NAME;
    }

    static String snakeCase(String name) {
        String snake = name.replaceAll("([a-z0-9])([A-Z])", "$1_$2")
                .toLowerCase(Locale.ROOT)
                .replaceAll("[^a-z0-9]+", "_")
                .replaceAll("^_|_$", "");
        return snake.isEmpty() || Character.isDigit(snake.charAt(0)) ? "attribute_" + snake : snake;
    }
}
