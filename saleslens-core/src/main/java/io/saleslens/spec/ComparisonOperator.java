package io.saleslens.spec;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import io.saleslens.error.ErrorCode;
import io.saleslens.error.SalesLensException;

/** How an alert compares a figure with its bound: {@code <}, {@code <=}, {@code >} or {@code >=}. */
public enum ComparisonOperator {
    BELOW("<"),
    AT_MOST("<="),
    ABOVE(">"),
    AT_LEAST(">=");

    private final String symbol;

    ComparisonOperator(String symbol) {
        this.symbol = symbol;
    }

    @JsonValue
    public String symbol() {
        return symbol;
    }

    @JsonCreator
    public static ComparisonOperator of(String symbol) {
        for (ComparisonOperator operator : values()) {
            if (operator.symbol.equals(symbol)) {
                return operator;
            }
        }
        throw new SalesLensException(
                ErrorCode.SPEC_INVALID, "unknown operator '" + symbol + "' (use \"<\", \"<=\", \">\" or \">=\")");
    }

    public boolean holds(double figure, double bound) {
        return switch (this) {
            case BELOW -> figure < bound;
            case AT_MOST -> figure <= bound;
            case ABOVE -> figure > bound;
            case AT_LEAST -> figure >= bound;
        };
    }

    /** Whether a lower figure is further into the alert's range, as it is for {@code <} and {@code <=}. */
    public boolean lowerIsWorse() {
        return this == BELOW || this == AT_MOST;
    }

    @Override
    public String toString() {
        return symbol;
    }
}
