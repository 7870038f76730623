package io.saleslens.generate;

/** Counts kept while the three customer files are written. */
final class CustomerTally {
    long customers;
    long customerInfoRows;
    long erpCustomerRows;
    long locationRows;
    long duplicateCustomerIds;
    long missingCustomerIds;
    long paddedStrings;
    long variantCountrySpellings;
    long variantGenderSpellings;
}
