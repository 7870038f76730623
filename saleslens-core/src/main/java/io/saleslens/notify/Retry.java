package io.saleslens.notify;

import static java.util.Objects.requireNonNull;

import io.saleslens.spec.NotifySpec;

/**
 * The retry policy every channel shares: a bounded number of attempts, waiting the backoff before the second one and
 * doubling the wait before each further one.
 */
final class Retry {
    private final int attempts;
    private final long backoffMillis;
    private final Sleeper sleeper;

    Retry(int attempts, long backoffMillis, Sleeper sleeper) {
        if (attempts < 1) {
            throw new IllegalArgumentException("attempts must be at least 1, not " + attempts);
        }
        if (backoffMillis < 0) {
            throw new IllegalArgumentException("backoff cannot be negative: " + backoffMillis);
        }
        this.attempts = attempts;
        this.backoffMillis = backoffMillis;
        this.sleeper = requireNonNull(sleeper, "sleeper is null");
    }

    static Retry of(NotifySpec spec, Sleeper sleeper) {
        return new Retry(spec.attempts(), spec.backoffMillis(), sleeper);
    }

    Outcome run(Attempt attempt) {
        long wait = backoffMillis;
        String error = null;
        for (int tried = 1; tried <= attempts; tried++) {
            try {
                attempt.run();
                return new Outcome(true, tried, null);
            } catch (DeliveryFailure failure) {
                error = failure.getMessage();
            }
            if (tried < attempts) {
                try {
                    sleeper.sleep(wait);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return new Outcome(false, tried, error + " (interrupted before the next attempt)");
                }
                wait = wait > Long.MAX_VALUE / 2 ? Long.MAX_VALUE : wait * 2;
            }
        }
        return new Outcome(false, attempts, error);
    }

    /** One try at a delivery. */
    @FunctionalInterface
    interface Attempt {
        void run() throws DeliveryFailure;
    }

    /**
     * How a delivery went.
     *
     * @param attempts the attempts made; 0 when the delivery could not be tried (no URL, no addresses)
     * @param error the last attempt's error when none succeeded
     */
    record Outcome(boolean delivered, int attempts, String error) {
        Outcome {
            if (delivered == (error != null)) {
                throw new IllegalArgumentException("an outcome has an error exactly when it was not delivered");
            }
        }

        static Outcome notTried(String error) {
            return new Outcome(false, 0, requireNonNull(error, "error is null"));
        }
    }
}
