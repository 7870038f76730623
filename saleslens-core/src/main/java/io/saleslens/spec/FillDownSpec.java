package io.saleslens.spec;

import static java.util.Objects.requireNonNull;

import io.saleslens.error.ErrorCode;
import io.saleslens.error.SalesLensException;
import java.util.ArrayList;
import java.util.List;

/**
 * Order-level fields that an export writes on one line of a group only (Shopify puts an order's status, dates and
 * billing country on its first line item): each listed column takes, on every line of the group, the value of the
 * group's earliest line (file order) that has one. The lines of a group need not be adjacent.
 *
 * @param by the entity column that groups the lines, such as order_number
 * @param columns the entity columns to carry to every line of the group
 */
public record FillDownSpec(String by, List<String> columns) {

    public FillDownSpec {
        requireNonNull(by, "fill_down needs 'by', the column that groups the lines (such as order_number)");
        if (columns == null || columns.isEmpty()) {
            throw new SalesLensException(
                    ErrorCode.SPEC_INVALID, "fill_down needs 'columns', the columns to carry to every line of a group");
        }
        columns = List.copyOf(columns);
        if (columns.contains(by)) {
            throw new SalesLensException(
                    ErrorCode.SPEC_INVALID, "fill_down: '" + by + "' groups the lines and cannot be filled itself");
        }
    }

    /** The grouping column and the filled ones. */
    List<String> columnsAndKey() {
        var all = new ArrayList<String>(columns);
        all.add(0, by);
        return all;
    }
}
