package io.saleslens.generate;

/**
 * How many defects of each kind were planted; each count is exactly what the definition in
 * {@code package-info.java} finds in the written files.
 *
 * @param duplicateCustomerIds cst_id values that appear on two rows of cust_info.csv
 * @param missingCustomerIds cust_info.csv rows with a blank cst_id
 * @param invalidOrderDates sales_details.csv rows whose sls_order_dt is not 8 digits
 * @param inconsistentSalesAmounts sales rows whose sls_sales is blank, at most 0, or differs from
 *     sls_quantity × |sls_price| where the price is present
 * @param invalidPrices sales rows whose sls_price is blank or at most 0
 * @param paddedStrings cust_info.csv rows whose first or last name has leading or trailing spaces
 * @param variantCountrySpellings LOC_A101.csv rows whose CNTRY is US, USA, DE or blank
 * @param variantGenderSpellings CUST_AZ12.csv rows whose GEN is the short code M or F
 */
public record DefectCounts(
        long duplicateCustomerIds,
        long missingCustomerIds,
        long invalidOrderDates,
        long inconsistentSalesAmounts,
        long invalidPrices,
        long paddedStrings,
        long variantCountrySpellings,
        long variantGenderSpellings) {

    public DefectCounts {
        if (duplicateCustomerIds < 0
                || missingCustomerIds < 0
                || invalidOrderDates < 0
                || inconsistentSalesAmounts < 0
                || invalidPrices < 0
                || paddedStrings < 0
                || variantCountrySpellings < 0
                || variantGenderSpellings < 0) {
            throw new IllegalArgumentException("defect counts must not be negative");
        }
    }

    /** Country and gender spellings together. */
    public long variantSpellings() {
        return variantCountrySpellings + variantGenderSpellings;
    }

    public long total() {
        return duplicateCustomerIds
                + missingCustomerIds
                + invalidOrderDates
                + inconsistentSalesAmounts
                + invalidPrices
                + paddedStrings
                + variantSpellings();
    }
}
