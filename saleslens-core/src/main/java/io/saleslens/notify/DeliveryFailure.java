package io.saleslens.notify;

/** One attempt at a delivery failed; the message is safe to record (it names no URL and no password). */
final class DeliveryFailure extends Exception {

    DeliveryFailure(String message) {
        super(message);
    }
}
