package io.saleslens.generate;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.SplittableRandom;

/**
 * Writes cust_info.csv, CUST_AZ12.csv and LOC_A101.csv in one pass over the customers who ordered,
 * planting the customer defects. Runs after the sales file, which decides who those customers are
 * and when each first ordered.
 */
final class CustomerFilesWriter {
    static final String CUSTOMERS_FILE = "source_crm/cust_info.csv";
    static final String ERP_CUSTOMERS_FILE = "source_erp/CUST_AZ12.csv";
    static final String LOCATIONS_FILE = "source_erp/LOC_A101.csv";
    static final String CUSTOMERS_HEADER =
            "cst_id,cst_key,cst_firstname,cst_lastname,cst_marital_status,cst_gndr,cst_create_date";
    static final String ERP_CUSTOMERS_HEADER = "CID,BDATE,GEN";
    static final String LOCATIONS_HEADER = "CID,CNTRY";

    private static final int KEY_DIGITS = 8;
    private static final long DIRT_SALT = 0xC0DE_D1A7L;
    private static final String[] JUNK_KEY_PREFIXES = {"SF", "PO", "A0", "XX"};

    private final GeneratorOptions options;
    private final CustomerAcquisition acquisition;
    private final SplittableRandom dirt;
    private final CustomerTally tally = new CustomerTally();

    CustomerFilesWriter(GeneratorOptions options, CustomerAcquisition acquisition) {
        this.options = options;
        this.acquisition = acquisition;
        this.dirt = new SplittableRandom(options.seed() ^ DIRT_SALT);
    }

    CustomerTally write() throws IOException {
        Path out = options.outputDirectory();
        try (CsvRowWriter customers = new CsvRowWriter(out.resolve(CUSTOMERS_FILE));
                CsvRowWriter erpCustomers = new CsvRowWriter(out.resolve(ERP_CUSTOMERS_FILE));
                CsvRowWriter locations = new CsvRowWriter(out.resolve(LOCATIONS_FILE))) {
            customers.text(CUSTOMERS_HEADER).endRow();
            erpCustomers.text(ERP_CUSTOMERS_HEADER).endRow();
            locations.text(LOCATIONS_HEADER).endRow();
            for (long id = CustomerAcquisition.FIRST_CUSTOMER_ID; id < acquisition.endId(); id++) {
                CustomerProfile profile = CustomerProfile.of(options.seed(), id);
                LocalDate created = acquisition.firstOrderMonth(id).minusDays(profile.registrationLeadDays());
                writeCustomer(customers, profile, created);
                writeErpCustomer(erpCustomers, profile);
                writeLocation(locations, profile);
                tally.customers++;
            }
            tally.customerInfoRows = customers.rows() - 1;
            tally.erpCustomerRows = erpCustomers.rows() - 1;
            tally.locationRows = locations.rows() - 1;
        }
        return tally;
    }

    /**
     * A duplicate is an older, half-filled row written just before the real one, so "keep the
     * latest create date" recovers the customer. A missing id is an extra row of junk after it.
     */
    private void writeCustomer(CsvRowWriter csv, CustomerProfile profile, LocalDate created) throws IOException {
        if (planted()) {
            tally.duplicateCustomerIds++;
            csv.number(profile.id())
                    .zeroPadded("AW", profile.id(), KEY_DIGITS)
                    .blank()
                    .text(profile.lastName())
                    .text(String.valueOf(profile.maritalStatus()))
                    .blank()
                    .isoDate(DateInts.of(created.minusDays(1 + dirt.nextInt(30))))
                    .endRow();
        }
        String firstName = profile.firstName();
        String lastName = profile.lastName();
        if (planted()) {
            tally.paddedStrings++;
            int variant = dirt.nextInt(3);
            firstName = variant == 1 ? firstName : " " + firstName;
            lastName = variant == 0 ? lastName : lastName + "  ";
        }
        csv.number(profile.id())
                .zeroPadded("AW", profile.id(), KEY_DIGITS)
                .text(firstName)
                .text(lastName)
                .text(String.valueOf(profile.maritalStatus()))
                .text(String.valueOf(profile.gender()))
                .isoDate(DateInts.of(created))
                .endRow();
        if (planted()) {
            tally.missingCustomerIds++;
            csv.blank()
                    .zeroPadded(junkKeyPrefix(), dirt.nextInt(1000), 0)
                    .blank()
                    .blank()
                    .blank()
                    .blank()
                    .blank()
                    .endRow();
        }
    }

    private void writeErpCustomer(CsvRowWriter csv, CustomerProfile profile) throws IOException {
        csv.zeroPadded(profile.erpIdPrefixed() ? "NASAW" : "AW", profile.id(), KEY_DIGITS)
                .isoDate(profile.birthDate());
        if (planted()) {
            tally.variantGenderSpellings++;
            csv.text(String.valueOf(profile.gender()));
        } else {
            csv.text(profile.genderLabel());
        }
        csv.endRow();
    }

    private void writeLocation(CsvRowWriter csv, CustomerProfile profile) throws IOException {
        csv.zeroPadded("AW-", profile.id(), KEY_DIGITS);
        if (planted()) {
            tally.variantCountrySpellings++;
            csv.text(countryVariant(profile.country()));
        } else {
            csv.text(profile.country());
        }
        csv.endRow();
    }

    /** Codes the sample uses for the two countries that have them; a blank for the others. */
    private String countryVariant(String country) {
        return switch (country) {
            case "United States" -> dirt.nextBoolean() ? "US" : "USA";
            case "Germany" -> "DE";
            default -> "";
        };
    }

    private String junkKeyPrefix() {
        return JUNK_KEY_PREFIXES[dirt.nextInt(JUNK_KEY_PREFIXES.length)];
    }

    private boolean planted() {
        return options.dirtRate() > 0 && dirt.nextDouble() < options.dirtRate();
    }
}
