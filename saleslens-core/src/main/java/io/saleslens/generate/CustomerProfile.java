package io.saleslens.generate;

import static java.util.Objects.requireNonNull;

import java.util.SplittableRandom;

/**
 * A customer's clean attributes, derived from the seed and the id alone: nothing is stored per
 * customer, yet the same customer always looks the same. The mix follows the crm-erp sample.
 *
 * @param id cst_id
 * @param firstName first name, unpadded
 * @param lastName last name, unpadded
 * @param maritalStatus M or S
 * @param gender M or F
 * @param country one of {@link #COUNTRIES}, spelt in full
 * @param birthDate yyyymmdd
 * @param erpIdPrefixed whether CUST_AZ12.csv writes the id with the NAS prefix
 * @param registrationLeadDays days between registration and the first of the first-order month
 */
record CustomerProfile(
        long id,
        String firstName,
        String lastName,
        char maritalStatus,
        char gender,
        String country,
        int birthDate,
        boolean erpIdPrefixed,
        int registrationLeadDays) {

    static final String[] COUNTRIES = {"United States", "Australia", "United Kingdom", "France", "Germany", "Canada"};
    /** Shares of {@link #COUNTRIES} in the sample, variant spellings merged. */
    static final double[] COUNTRY_CUMULATIVE = {0.41, 0.61, 0.71, 0.81, 0.915, 1.0};

    private static final long PROFILE_SALT = 0xC057_03E5L;
    private static final String[] FIRST_NAMES = {
        "Jon",
        "Eugene",
        "Ruben",
        "Christy",
        "Elizabeth",
        "Julio",
        "Janet",
        "Marco",
        "Rob",
        "Shannon",
        "Jacquelyn",
        "Curtis",
        "Lauren",
        "Ian",
        "Sydney",
        "Chloe",
        "Wyatt",
        "Kayla",
        "Clarence",
        "Luke",
        "Jordan",
        "Destiny",
        "Ethan",
        "Seth",
        "Russell",
        "Alejandro",
        "Harold",
        "Jessie",
        "Jill",
        "Jimmy",
        "Bethany",
        "Theresa",
        "Denise",
        "Jaime",
        "Ebony",
        "Wendy",
        "Jennifer",
        "Chad",
        "Andres",
        "Edward",
        "Edwin",
        "Mallory",
        "Adam",
        "Leonard",
        "Christine",
        "Jaclyn",
        "Jeremy"
    };
    private static final String[] LAST_NAMES = {
        "Yang",
        "Huang",
        "Torres",
        "Zhu",
        "Johnson",
        "Ruiz",
        "Alvarez",
        "Mehta",
        "Verhoff",
        "Carlson",
        "Suarez",
        "Lu",
        "Walker",
        "Jenkins",
        "Bennett",
        "Young",
        "Hill",
        "Wang",
        "Diaz",
        "Martinez",
        "Wright",
        "Robinson",
        "Kumar",
        "Moreno",
        "Hughes",
        "Perry",
        "Sai",
        "Shan",
        "Serrano",
        "Lal",
        "Chen",
        "Rodriguez",
        "Lopez",
        "Nara",
        "Jai",
        "Henderson",
        "Campbell",
        "Gonzalez",
        "Stewart",
        "Simmons",
        "Patterson",
        "Sanchez",
        "King",
        "Price",
        "Coleman",
        "Russell",
        "Brooks",
        "Raji"
    };

    CustomerProfile {
        requireNonNull(firstName, "firstName is null");
        requireNonNull(lastName, "lastName is null");
        requireNonNull(country, "country is null");
    }

    static CustomerProfile of(long seed, long id) {
        SplittableRandom random = new SplittableRandom(Hashing.mix(seed ^ PROFILE_SALT, id));
        String firstName = FIRST_NAMES[random.nextInt(FIRST_NAMES.length)];
        String lastName = LAST_NAMES[random.nextInt(LAST_NAMES.length)];
        char maritalStatus = random.nextDouble() < 0.54 ? 'M' : 'S';
        char gender = random.nextDouble() < 0.51 ? 'M' : 'F';
        double countryDraw = random.nextDouble();
        int country = 0;
        while (countryDraw >= COUNTRY_CUMULATIVE[country]) {
            country++;
        }
        int birthYear = (int) Math.round(1968 + 11 * random.nextGaussian());
        birthYear = Math.max(1916, Math.min(1995, birthYear));
        int birthDate = birthYear * 10000 + (1 + random.nextInt(12)) * 100 + 1 + random.nextInt(28);
        boolean erpIdPrefixed = random.nextDouble() < 0.6;
        int registrationLeadDays = random.nextInt(60);
        return new CustomerProfile(
                id,
                firstName,
                lastName,
                maritalStatus,
                gender,
                COUNTRIES[country],
                birthDate,
                erpIdPrefixed,
                registrationLeadDays);
    }

    /** ERP gender label. */
    String genderLabel() {
        return gender == 'M' ? "Male" : "Female";
    }
}
