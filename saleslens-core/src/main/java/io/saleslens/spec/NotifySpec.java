package io.saleslens.spec;

import io.saleslens.error.ErrorCode;
import io.saleslens.error.SalesLensException;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Where a run sends the alerts it has to send: a webhook that takes a JSON digest, e-mail over SMTP (one digest per
 * owner), or both. Secrets are never written in the spec: it names the environment variables that hold them.
 *
 * @param attempts how many times a delivery is tried before it is recorded as failed (3 when not given)
 * @param backoffMillis the wait before the second attempt, doubled before each further one (1000 when not given)
 */
public record NotifySpec(Webhook webhook, Email email, Integer attempts, Long backoffMillis) {
    public static final int DEFAULT_ATTEMPTS = 3;
    public static final long DEFAULT_BACKOFF_MILLIS = 1000;

    public NotifySpec {
        if (webhook == null && email == null) {
            throw new SalesLensException(ErrorCode.SPEC_INVALID, "notify needs a 'webhook', an 'email', or both");
        }
        attempts = attempts == null ? DEFAULT_ATTEMPTS : attempts;
        backoffMillis = backoffMillis == null ? DEFAULT_BACKOFF_MILLIS : backoffMillis;
        if (attempts < 1 || attempts > 10) {
            throw new SalesLensException(ErrorCode.SPEC_INVALID, "notify attempts must be 1 to 10, not " + attempts);
        }
        if (backoffMillis < 0) {
            throw new SalesLensException(ErrorCode.SPEC_INVALID, "notify backoff_millis cannot be negative");
        }
    }

    /**
     * A URL that takes an HTTP POST of the digest as JSON, with a Slack-compatible {@code text} field.
     *
     * @param urlEnv the environment variable holding the URL (a Slack or Teams webhook URL is itself a secret)
     */
    public record Webhook(String urlEnv) {
        public Webhook {
            if (urlEnv == null || urlEnv.isBlank()) {
                throw new SalesLensException(
                        ErrorCode.SPEC_INVALID,
                        "notify webhook needs 'url_env', the environment variable that holds the URL");
            }
        }
    }

    /**
     * E-mail over SMTP: one message per owner department of the alerts to send, to that department's addresses.
     *
     * @param to the addresses of each department, by department name (sales, data-engineering …)
     * @param usernameEnv the environment variable holding the SMTP user; none for a server without login
     * @param passwordEnv the environment variable holding the SMTP password
     * @param starttls whether to upgrade the connection with STARTTLS (false when not given)
     */
    public record Email(
            String host,
            Integer port,
            String from,
            Map<String, List<String>> to,
            String usernameEnv,
            String passwordEnv,
            Boolean starttls) {
        public Email {
            if (host == null || host.isBlank()) {
                throw new SalesLensException(ErrorCode.SPEC_INVALID, "notify email needs 'host', the SMTP server");
            }
            port = port == null ? 25 : port;
            if (from == null || from.isBlank()) {
                throw new SalesLensException(ErrorCode.SPEC_INVALID, "notify email needs 'from', the sender address");
            }
            if (to == null || to.isEmpty()) {
                throw new SalesLensException(
                        ErrorCode.SPEC_INVALID,
                        "notify email needs 'to': the addresses of each department, such as"
                                + " 'to: { sales: [sales-ops@example.com] }'");
            }
            var copied = new LinkedHashMap<String, List<String>>();
            to.forEach((department, addresses) ->
                    copied.put(department, addresses == null ? List.of() : List.copyOf(addresses)));
            to = Collections.unmodifiableMap(copied);
            starttls = Boolean.TRUE.equals(starttls);
            if ((usernameEnv == null) != (passwordEnv == null)) {
                throw new SalesLensException(
                        ErrorCode.SPEC_INVALID,
                        "notify email needs both 'username_env' and 'password_env', or neither");
            }
        }
    }
}
