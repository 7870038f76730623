package io.saleslens.generate;

import java.time.LocalDate;
import java.util.Optional;

/** Running totals of the sales file, kept while it is written; its size does not grow with it. */
final class SalesTally {
    private final boolean[] productsSold;
    long lines;
    long orders;
    long units;
    long revenue;
    long invalidOrderDates;
    long inconsistentSalesAmounts;
    long invalidPrices;
    private int firstValidDate = Integer.MAX_VALUE;
    private int lastValidDate = Integer.MIN_VALUE;

    SalesTally(int catalogSize) {
        this.productsSold = new boolean[catalogSize];
    }

    void productSold(int productIndex) {
        productsSold[productIndex] = true;
    }

    void validOrderDate(int yyyymmdd) {
        firstValidDate = Math.min(firstValidDate, yyyymmdd);
        lastValidDate = Math.max(lastValidDate, yyyymmdd);
    }

    long productsSold() {
        long sold = 0;
        for (boolean isSold : productsSold) {
            if (isSold) {
                sold++;
            }
        }
        return sold;
    }

    Optional<LocalDate> firstValidOrderDate() {
        return lines == invalidOrderDates ? Optional.empty() : Optional.of(DateInts.toLocalDate(firstValidDate));
    }

    Optional<LocalDate> lastValidOrderDate() {
        return lines == invalidOrderDates ? Optional.empty() : Optional.of(DateInts.toLocalDate(lastValidDate));
    }
}
