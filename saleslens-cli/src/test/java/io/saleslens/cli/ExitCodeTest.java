package io.saleslens.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.saleslens.error.ErrorCategory;
import io.saleslens.error.ErrorCode;
import java.util.Arrays;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ExitCodeTest {

    @Test
    void eachErrorCategoryExitsWithItsOwnCode() {
        assertThat(ExitCode.of(ErrorCategory.USER_ERROR).code()).isEqualTo(2);
        assertThat(ExitCode.of(ErrorCategory.EXTERNAL_ERROR).code()).isEqualTo(5);
        assertThat(ExitCode.of(ErrorCategory.INTERNAL_ERROR).code()).isEqualTo(1);
        for (ErrorCategory category : ErrorCategory.values()) {
            assertThat(ExitCode.of(category).code()).as(category.name()).isEqualTo(category.exitCode());
        }
    }

    @Test
    void theCodesAreDistinctAndAlertAndChecksHaveTheirOwn() {
        assertThat(Arrays.stream(ExitCode.values()).map(ExitCode::code))
                .doesNotHaveDuplicates()
                .containsExactly(0, 1, 2, 3, 4, 5);
        assertThat(ExitCode.ALERT_FIRED.code()).isEqualTo(3);
        assertThat(ExitCode.CHECKS_FAILED.code()).isEqualTo(4);
    }

    @Test
    void everyErrorCodeMapsToAnExitCodeThatIsNotSuccessChecksOrAlert() {
        for (ErrorCode code : ErrorCode.values()) {
            assertThat(ExitCode.of(code.category()))
                    .as(code.name())
                    .isNotIn(ExitCode.SUCCESS, ExitCode.ALERT_FIRED, ExitCode.CHECKS_FAILED);
        }
    }

    @Test
    void theHelpListsEachCodeWithItsMeaning() {
        assertThat(ExitCode.helpList(ExitCode.SUCCESS, ExitCode.CHECKS_FAILED))
                .containsExactly(
                        Map.entry("0", "success"), Map.entry("4", "a fail-severity data-quality check failed"));
    }
}
