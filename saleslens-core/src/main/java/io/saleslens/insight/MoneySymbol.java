package io.saleslens.insight;

import java.util.Currency;
import java.util.Locale;
import java.util.function.Supplier;

/**
 * The symbol every money figure is written with: the dataset's currency (metrics.json {@code dataset.currency}), $ for
 * USD, € for EUR, CA$ for CAD, "CHF " for a code without a symbol. Reports and dashboards format hundreds of figures
 * through static helpers; the symbol is set for the thread that renders one run's documents instead of being passed
 * to each of them.
 */
public final class MoneySymbol {
    private static final ThreadLocal<String> CURRENT = ThreadLocal.withInitial(() -> "$");

    private MoneySymbol() {}

    /** The symbol of an ISO 4217 code; the code and a space where Java knows no symbol for it. */
    public static String of(String isoCode) {
        if (isoCode == null || isoCode.isBlank()) {
            return "$";
        }
        try {
            String symbol =
                    Currency.getInstance(isoCode.toUpperCase(Locale.ROOT)).getSymbol(Locale.US);
            return symbol.chars().allMatch(Character::isLetter) ? symbol + " " : symbol;
        } catch (IllegalArgumentException e) {
            return isoCode.toUpperCase(Locale.ROOT) + " ";
        }
    }

    /** The symbol money is written with on this thread: the current run's currency, $ outside a run. */
    public static String current() {
        return CURRENT.get();
    }

    /** Runs {@code work} with money written in the given currency on this thread. */
    public static <T> T in(String isoCode, Supplier<T> work) {
        String previous = CURRENT.get();
        CURRENT.set(of(isoCode));
        try {
            return work.get();
        } finally {
            CURRENT.set(previous);
        }
    }
}
