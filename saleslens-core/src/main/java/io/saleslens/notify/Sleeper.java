package io.saleslens.notify;

/** Waits between delivery attempts; tests pass one that records the waits instead of sleeping. */
@FunctionalInterface
public interface Sleeper {
    Sleeper THREAD = Thread::sleep;

    void sleep(long millis) throws InterruptedException;
}
