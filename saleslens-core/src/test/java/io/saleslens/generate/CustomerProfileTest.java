package io.saleslens.generate;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CustomerProfileTest {
    private static final int CUSTOMERS = 20_000;

    @Test
    void theSameSeedAndIdGiveTheSameCustomer() {
        assertThat(CustomerProfile.of(42, 11_000)).isEqualTo(CustomerProfile.of(42, 11_000));
        assertThat(CustomerProfile.of(42, 11_000)).isNotEqualTo(CustomerProfile.of(43, 11_000));
    }

    @Test
    void attributesFollowTheSampleMix() {
        Map<String, Integer> countries = new HashMap<>();
        int married = 0;
        int male = 0;
        int prefixed = 0;
        for (long id = 11_000; id < 11_000 + CUSTOMERS; id++) {
            CustomerProfile profile = CustomerProfile.of(42, id);
            countries.merge(profile.country(), 1, Integer::sum);
            married += profile.maritalStatus() == 'M' ? 1 : 0;
            male += profile.gender() == 'M' ? 1 : 0;
            prefixed += profile.erpIdPrefixed() ? 1 : 0;
            assertThat(profile.maritalStatus()).isIn('M', 'S');
            assertThat(profile.gender()).isIn('M', 'F');
            assertThat(profile.birthDate() / 10000).isBetween(1916, 1995);
            assertThat(profile.firstName() + profile.lastName()).doesNotContain(",", " ");
        }
        assertThat(countries).containsOnlyKeys(CustomerProfile.COUNTRIES);
        assertThat(countries.get("United States")).isGreaterThan(countries.get("Australia"));
        assertThat(share(married)).isBetween(0.51, 0.57);
        assertThat(share(male)).isBetween(0.48, 0.54);
        assertThat(share(prefixed)).isBetween(0.57, 0.63);
    }

    @Test
    void genderLabelIsTheErpSpelling() {
        CustomerProfile profile = CustomerProfile.of(42, 11_000);

        assertThat(profile.genderLabel()).isEqualTo(profile.gender() == 'M' ? "Male" : "Female");
    }

    private static double share(int count) {
        return (double) count / CUSTOMERS;
    }
}
