package io.saleslens.spec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.saleslens.error.ErrorCategory;
import io.saleslens.error.SalesLensException;
import org.junit.jupiter.api.Test;

class AudienceSpecTest {
    private static final String SPEC = "name: x\nsources:\n  a: { path: a.csv }\nentities:\n  customer:\n    from: a\n"
            + "    columns: { customer_id: { from: c } }\n  product:\n    from: a\n"
            + "    columns: { product_number: { from: p } }\n  sale:\n    from: a\n"
            + "    columns: { order_number: { from: o }, product_number: { from: p }, customer_id: { from: c },"
            + " order_date: { from: d, type: date }, sales_amount: { from: s, type: decimal } }\n";

    @Test
    void aSpecWithoutAudiencesHoldsOutTenPercent() {
        assertThat(SpecLoader.parse(SPEC, "test.yaml").audiences().holdoutShare())
                .isEqualTo(0.10);
        assertThat(Presets.load("crm-erp").audiences().holdoutShare()).isEqualTo(0.10);
    }

    @Test
    void theSpecSetsTheHoldoutAsAPercentage() {
        assertThat(SpecLoader.parse(SPEC + "audiences: { holdout: 25% }\n", "test.yaml")
                        .audiences()
                        .holdoutShare())
                .isEqualTo(0.25);
        assertThat(new AudienceSpec("12.5 %").holdoutShare()).isEqualTo(0.125);
        assertThat(new AudienceSpec("0%").holdoutShare()).isZero();
    }

    @Test
    void aHoldoutThatIsNotAPercentageUpToHalfIsAUserErrorNamingTheLine() {
        for (String bad : new String[] {"0.1", "10", "60%", "-5%", "ten percent"}) {
            assertThatThrownBy(() -> SpecLoader.parse(SPEC + "audiences:\n  holdout: " + bad + "\n", "test.yaml"))
                    .as(bad)
                    .isInstanceOf(SalesLensException.class)
                    .hasMessageContaining("test.yaml line ")
                    .hasMessageContaining("audiences.holdout '" + bad + "' is not a holdout share; write a percentage"
                            + " from 0% to 50%, such as audiences: { holdout: 10% }")
                    .extracting(e -> ((SalesLensException) e).category())
                    .isEqualTo(ErrorCategory.USER_ERROR);
        }
    }
}
