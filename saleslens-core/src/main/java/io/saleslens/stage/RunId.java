package io.saleslens.stage;

import static java.util.Objects.requireNonNull;

import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.regex.Pattern;

/**
 * A run's identity: local start time, then the first 8 hex digits of the content hash of its inputs,
 * spec and SalesLens version, e.g. {@code 20260124_231016_#6470e523}. The hash part is the same for
 * the same inputs and spec.
 */
public record RunId(LocalDateTime startedAt, String contentHash) {
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyyMMdd_HHmmss");
    private static final Pattern HEX8 = Pattern.compile("[0-9a-f]{8}");
    private static final Pattern FORMAT = Pattern.compile("\\d{8}_\\d{6}_#[0-9a-f]{8}");

    public RunId {
        requireNonNull(startedAt, "startedAt is null");
        requireNonNull(contentHash, "contentHash is null");
        if (!HEX8.matcher(contentHash).matches()) {
            throw new IllegalArgumentException("content hash must be 8 lowercase hex digits: " + contentHash);
        }
        startedAt = startedAt.withNano(0);
    }

    /** A run id from a full SHA-256 hex digest; its first 8 digits are kept. */
    public static RunId of(LocalDateTime startedAt, String sha256Hex) {
        return new RunId(startedAt, sha256Hex.substring(0, 8));
    }

    public static RunId parse(String text) {
        if (!FORMAT.matcher(text).matches()) {
            throw new IllegalArgumentException("not a run id: " + text + " (expected yyyyMMdd_HHmmss_#xxxxxxxx)");
        }
        return new RunId(LocalDateTime.parse(text.substring(0, 15), TIME), text.substring(17));
    }

    @Override
    public String toString() {
        return TIME.format(startedAt) + "_#" + contentHash;
    }
}
