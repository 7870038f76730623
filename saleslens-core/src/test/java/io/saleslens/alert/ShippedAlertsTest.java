package io.saleslens.alert;

import static org.assertj.core.api.Assertions.assertThat;

import io.saleslens.spec.AlertSeverity;
import io.saleslens.spec.AlertSpec;
import java.util.List;
import org.junit.jupiter.api.Test;

class ShippedAlertsTest {

    @Test
    void everyDatasetHasTheQualityVolumeAndFreshnessAlerts() {
        assertThat(ShippedAlerts.withSpec(List.of()))
                .extracting(AlertSpec::name)
                .containsExactly(
                        ShippedAlerts.QUALITY_DROP,
                        ShippedAlerts.NEW_FAILING_CHECK,
                        ShippedAlerts.VOLUME_DROP,
                        ShippedAlerts.FRESHNESS);
    }

    @Test
    void aSpecAlertOfTheSameNameReplacesTheDefaultAndEnabledFalseSwitchesItOff() {
        AlertSpec stricter = AlertSpec.of(
                ShippedAlerts.FRESHNESS, AlertSeverity.CRITICAL, "sales", null, new AlertSpec.Freshness(1));
        List<AlertSpec> alerts =
                ShippedAlerts.withSpec(List.of(stricter, AlertSpec.disabled(ShippedAlerts.VOLUME_DROP)));
        assertThat(alerts)
                .extracting(AlertSpec::name)
                .containsExactly(ShippedAlerts.FRESHNESS, ShippedAlerts.QUALITY_DROP, ShippedAlerts.NEW_FAILING_CHECK);
        assertThat(alerts.get(0)).isSameAs(stricter);
        assertThat(ShippedAlerts.defaults()).doesNotContain(stricter);
    }
}
