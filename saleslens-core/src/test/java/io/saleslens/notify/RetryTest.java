package io.saleslens.notify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class RetryTest {
    private final List<Long> waits = new ArrayList<>();
    private final Retry retry = new Retry(3, 100, waits::add);

    @Test
    void triesAgainAfterTheBackoffDoublingItUntilAnAttemptSucceeds() {
        int[] tries = {0};
        Retry.Outcome outcome = retry.run(() -> {
            if (++tries[0] < 3) {
                throw new DeliveryFailure("busy " + tries[0]);
            }
        });
        assertThat(outcome).isEqualTo(new Retry.Outcome(true, 3, null));
        assertThat(waits).containsExactly(100L, 200L);
    }

    @Test
    void stopsAfterTheLastAttemptWithItsError() {
        int[] tries = {0};
        Retry.Outcome outcome = retry.run(() -> {
            throw new DeliveryFailure("busy " + ++tries[0]);
        });
        assertThat(outcome).isEqualTo(new Retry.Outcome(false, 3, "busy 3"));
        assertThat(waits).containsExactly(100L, 200L);
    }

    @Test
    void aFirstSuccessWaitsForNothing() {
        assertThat(retry.run(() -> {})).isEqualTo(new Retry.Outcome(true, 1, null));
        assertThat(waits).isEmpty();
    }

    @Test
    void anInterruptedWaitEndsTheRetries() {
        Retry interrupted = new Retry(3, 100, millis -> {
            throw new InterruptedException();
        });
        Retry.Outcome outcome = interrupted.run(() -> {
            throw new DeliveryFailure("busy");
        });
        assertThat(Thread.interrupted()).isTrue();
        assertThat(outcome).isEqualTo(new Retry.Outcome(false, 1, "busy (interrupted before the next attempt)"));
    }

    @Test
    void needsAtLeastOneAttempt() {
        assertThatThrownBy(() -> new Retry(0, 100, waits::add))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("attempts must be at least 1, not 0");
    }
}
