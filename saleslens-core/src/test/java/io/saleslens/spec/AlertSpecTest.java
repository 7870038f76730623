package io.saleslens.spec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.saleslens.error.ErrorCode;
import io.saleslens.error.SalesLensException;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Alerts and notifications read from a spec's YAML, and the mistakes they are refused for. */
class AlertSpecTest {
    private static final String SPEC = """
            name: shop
            sources:
              orders: { path: orders.csv }
            entities:
              customer:
                from: orders
                columns:
                  customer_id: { from: Email }
              product:
                from: orders
                columns:
                  product_number: { from: SKU }
              sale:
                from: orders
                columns:
                  order_number: { from: Name }
                  product_number: { from: SKU }
                  customer_id: { from: Email }
                  order_date: { from: Created, type: date }
                  sales_amount: { from: Total, type: decimal }
            """;

    @Test
    void everyRuleKindIsReadWithItsDefaults() {
        DatasetSpec spec = SpecLoader.parse(SPEC + """
                        alerts:
                          - name: revenue-drop
                            severity: critical
                            owner: sales
                            worse_by: 2
                            change: { metric: totals.revenue, op: "<", value: -2 }
                          - name: low-australia
                            owner: sales
                            threshold:
                              metric: countries[country].revenue
                              member: Australia
                              op: "<="
                              value: 1000
                          - name: odd-revenue
                            owner: executive
                            anomaly: { metric: totals.revenue }
                          - name: freshness
                            enabled: false
                        notify:
                          webhook: { url_env: SALES_WEBHOOK }
                          email:
                            host: 127.0.0.1
                            port: 2525
                            from: saleslens@example.com
                            to: { sales: [sales-ops@example.com] }
                          attempts: 2
                        """, "shop.yaml");
        assertThat(spec.alerts())
                .extracting(AlertSpec::name)
                .containsExactly("revenue-drop", "low-australia", "odd-revenue", "freshness");
        AlertSpec drop = spec.alerts().get(0);
        assertThat(drop.severity()).isEqualTo(AlertSeverity.CRITICAL);
        assertThat(drop.worseBy()).isEqualTo(2.0);
        assertThat(drop.rule()).containsInstanceOf(AlertSpec.Change.class);
        assertThat(drop.change().op()).isEqualTo(ComparisonOperator.BELOW);
        assertThat(drop.change().percent()).isTrue();
        assertThat(spec.alerts().get(1).severity()).isEqualTo(AlertSeverity.WARN);
        assertThat(spec.alerts().get(1).threshold().member()).isEqualTo("Australia");
        assertThat(spec.alerts().get(2).anomaly().runs()).isEqualTo(AlertSpec.DEFAULT_ANOMALY_RUNS);
        assertThat(spec.alerts().get(2).anomaly().z()).isEqualTo(AlertSpec.DEFAULT_ANOMALY_Z);
        assertThat(spec.alerts().get(3).enabled()).isFalse();
        assertThat(spec.alerts().get(3).rule()).isEmpty();
        assertThat(spec.notifications().webhook().urlEnv()).isEqualTo("SALES_WEBHOOK");
        assertThat(spec.notifications().email().to()).containsEntry("sales", List.of("sales-ops@example.com"));
        assertThat(spec.notifications().email().starttls()).isFalse();
        assertThat(spec.notifications().attempts()).isEqualTo(2);
        assertThat(spec.notifications().backoffMillis()).isEqualTo(NotifySpec.DEFAULT_BACKOFF_MILLIS);
    }

    @Test
    void anAlertNeedsExactlyOneRuleAndAnOwner() {
        assertRefused("""
                alerts:
                  - name: two
                    owner: sales
                    freshness: { days: 3 }
                    volume: { drop_percent: 10 }
                """, "alert 'two' needs exactly one rule", "not 2");
        assertRefused("""
                alerts:
                  - name: nobody
                    freshness: { days: 3 }
                """, "alert 'nobody' needs an 'owner'");
        assertRefused("""
                alerts:
                  - name: loud
                    severity: urgent
                    owner: sales
                    freshness: { days: 3 }
                """, "unknown alert severity 'urgent' (use info, warn, critical)");
        assertRefused("""
                alerts:
                  - name: op
                    owner: sales
                    threshold: { metric: totals.revenue, op: "=", value: 3 }
                """, "unknown operator '='");
        assertRefused("""
                alerts:
                  - name: short
                    owner: sales
                    anomaly: { metric: totals.revenue, runs: 3 }
                """, "runs of at least 5, not 3");
        assertRefused("""
                alerts:
                  - { name: same, owner: sales, freshness: { days: 3 } }
                  - { name: same, owner: sales, freshness: { days: 4 } }
                """, "two alerts have the same name");
    }

    @Test
    void notificationsNameTheVariablesThatHoldSecrets() {
        assertRefused("""
                notify:
                  webhook: { url: "https://hooks.example.com/T0/B0/secret" }
                """, "notify webhook needs 'url_env'");
        assertRefused("""
                notify:
                  email:
                    host: 127.0.0.1
                    from: a@example.com
                    to:
                      sales: [b@example.com]
                    username_env: U
                """, "both 'username_env' and 'password_env'");
        assertRefused("notify: {}\n", "notify needs a 'webhook', an 'email', or both");
    }

    @Test
    void severitiesAreOrdered() {
        assertThat(AlertSeverity.CRITICAL.atLeast(AlertSeverity.WARN)).isTrue();
        assertThat(AlertSeverity.WARN.atLeast(AlertSeverity.WARN)).isTrue();
        assertThat(AlertSeverity.INFO.atLeast(AlertSeverity.WARN)).isFalse();
    }

    private static void assertRefused(String block, String... fragments) {
        assertThatThrownBy(() -> SpecLoader.parse(SPEC + block, "shop.yaml"))
                .isInstanceOf(SalesLensException.class)
                .satisfies(e -> assertThat(((SalesLensException) e).code()).isEqualTo(ErrorCode.SPEC_INVALID))
                .hasMessageContainingAll(fragments);
    }
}
