package io.saleslens.insight;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Figures a rule derives (a difference, a driver's contribution), written into metrics.json under
 * {@code insights} so that a report still only formats values of metrics.json. Values are rounded
 * like the rest of the document (money to cents, ratios to six decimals) to keep it reproducible.
 */
public final class DerivedFigures {
    private final ObjectNode node;
    private final String pointer;

    DerivedFigures(ObjectNode root, String rootPointer, String name) {
        this.node = root.has(name) ? (ObjectNode) root.get(name) : root.putObject(name);
        this.pointer = FigureRef.pointer(rootPointer, name);
    }

    /** A nested group, such as one dimension of a rule. */
    public DerivedFigures at(String name) {
        return new DerivedFigures(node, pointer, name);
    }

    public FigureRef money(String name, double value) {
        node.put(name, round(value, 2));
        return FigureRef.metrics(FigureRef.pointer(pointer, name), FigureFormat.MONEY);
    }

    public FigureRef share(String name, double value) {
        node.put(name, round(value, 6));
        return FigureRef.metrics(FigureRef.pointer(pointer, name), FigureFormat.PERCENT);
    }

    public FigureRef count(String name, long value) {
        node.put(name, value);
        return FigureRef.metrics(FigureRef.pointer(pointer, name), FigureFormat.COUNT);
    }

    public FigureRef decimal(String name, double value) {
        node.put(name, round(value, 6));
        return FigureRef.metrics(FigureRef.pointer(pointer, name), FigureFormat.DECIMAL2);
    }

    /** A value in the format of the figure it is derived from: money to cents, anything else to six decimals. */
    public FigureRef figure(String name, double value, FigureFormat format) {
        node.put(name, round(value, format == FigureFormat.MONEY ? 2 : 6));
        return FigureRef.metrics(FigureRef.pointer(pointer, name), format);
    }

    public FigureRef text(String name, String value) {
        node.put(name, requireNonNull(value, "value is null"));
        return FigureRef.metrics(FigureRef.pointer(pointer, name), FigureFormat.TEXT);
    }

    static double round(double value, int places) {
        if (!Double.isFinite(value)) {
            throw new IllegalArgumentException("derived figure is not finite: " + value);
        }
        return BigDecimal.valueOf(value).setScale(places, RoundingMode.HALF_UP).doubleValue();
    }
}
