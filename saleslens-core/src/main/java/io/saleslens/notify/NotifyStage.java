package io.saleslens.notify;

import static java.util.Objects.requireNonNull;

import io.saleslens.alert.AlertDelivery;
import io.saleslens.alert.AlertDocument;
import io.saleslens.alert.AlertOutcome;
import io.saleslens.alert.Alerts;
import io.saleslens.compare.Comparison;
import io.saleslens.insight.MoneySymbol;
import io.saleslens.report.RenderedReports;
import io.saleslens.spec.NotifySpec;
import io.saleslens.stage.RunContext;
import io.saleslens.stage.Stage;
import io.saleslens.stage.StageResult;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Sends the alerts a run sends, after its reports: one digest to the webhook with every alert, one e-mail to each owner
 * department's addresses with that department's alerts. The secrets come from the environment variables the spec
 * names; a delivery that fails, or cannot be tried, is recorded in alerts.json and handed on as a warning.
 */
public final class NotifyStage implements Stage {
    public static final String NAME = "notify";
    static final String WEBHOOK = "webhook";
    static final String EMAIL = "email";
    /** The recipient of the webhook digest, which carries every department's alerts. */
    static final String EVERYONE = "all";

    private final Map<String, String> environment;
    private final Sleeper sleeper;

    /** @param environment where the secrets are looked up: {@code System.getenv()} */
    public NotifyStage(Map<String, String> environment) {
        this(environment, Sleeper.THREAD);
    }

    public NotifyStage(Map<String, String> environment, Sleeper sleeper) {
        this.environment = Map.copyOf(requireNonNull(environment, "environment is null"));
        this.sleeper = requireNonNull(sleeper, "sleeper is null");
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public StageResult run(RunContext context) {
        Alerts alerts = context.result(Alerts.class);
        NotifySpec notify = context.spec().notifications();
        List<AlertOutcome> toSend = alerts.toSend();
        if (notify == null || toSend.isEmpty()) {
            // alerts.json stays as the alert stage wrote it: nothing went out.
            return new Deliveries(List.of());
        }
        Digest digest = MoneySymbol.in(
                context.spec().currency(),
                () -> Digest.of(
                        alerts.runId(),
                        context.spec().name(),
                        toSend,
                        context.find(RenderedReports.class),
                        context.find(Comparison.class)));
        Retry retry = Retry.of(notify, sleeper);
        List<AlertDelivery> deliveries = new ArrayList<>();
        if (notify.webhook() != null) {
            deliveries.add(webhook(notify.webhook(), digest, retry, names(toSend)));
        }
        if (notify.email() != null) {
            deliveries.addAll(emails(notify.email(), digest, retry, toSend));
        }
        AlertDocument.write(context.runDir(), alerts, deliveries);
        return new Deliveries(deliveries);
    }

    private AlertDelivery webhook(NotifySpec.Webhook webhook, Digest digest, Retry retry, List<String> names) {
        Retry.Outcome outcome = url(webhook.urlEnv())
                .map(url -> new WebhookSender(retry).send(url, digest.json()))
                .orElseGet(() -> Retry.Outcome.notTried(urlProblem(webhook.urlEnv())));
        return delivery(WEBHOOK, EVERYONE, names, outcome);
    }

    private Optional<URI> url(String variable) {
        return variable(variable).flatMap(value -> {
            try {
                URI url = new URI(value.strip());
                boolean web = "http".equalsIgnoreCase(url.getScheme()) || "https".equalsIgnoreCase(url.getScheme());
                return web && url.getHost() != null ? Optional.of(url) : Optional.empty();
            } catch (URISyntaxException e) {
                return Optional.empty();
            }
        });
    }

    /** Why the variable gives no URL, without quoting its value. */
    private String urlProblem(String variable) {
        return variable(variable).isEmpty()
                ? unset(variable, "notify.webhook.url_env")
                : "the environment variable " + variable
                        + " (notify.webhook.url_env) does not hold an http or https URL";
    }

    private List<AlertDelivery> emails(NotifySpec.Email email, Digest digest, Retry retry, List<AlertOutcome> toSend) {
        String loginProblem = null;
        MailSender.Login login = null;
        if (email.usernameEnv() != null) {
            Optional<String> user = variable(email.usernameEnv());
            Optional<String> password = variable(email.passwordEnv());
            if (user.isEmpty()) {
                loginProblem = unset(email.usernameEnv(), "notify.email.username_env");
            } else if (password.isEmpty()) {
                loginProblem = unset(email.passwordEnv(), "notify.email.password_env");
            } else {
                login = new MailSender.Login(user.get(), password.get());
            }
        }
        MailSender sender = new MailSender(email, login, retry);
        List<AlertDelivery> deliveries = new ArrayList<>();
        for (String owner : owners(toSend)) {
            List<String> names =
                    names(toSend.stream().filter(a -> a.owner().equals(owner)).toList());
            List<String> addresses = email.to().getOrDefault(owner, List.of());
            Retry.Outcome outcome;
            if (addresses.isEmpty()) {
                outcome = Retry.Outcome.notTried("no addresses for department " + owner + " in notify.email.to");
            } else if (loginProblem != null) {
                outcome = Retry.Outcome.notTried(loginProblem);
            } else {
                EmailDigest message = EmailDigest.of(digest, owner);
                outcome = sender.send(addresses, message.subject(), message.html());
            }
            deliveries.add(delivery(EMAIL, owner, names, outcome));
        }
        return deliveries;
    }

    private Optional<String> variable(String name) {
        return Optional.ofNullable(environment.get(name)).filter(value -> !value.isBlank());
    }

    private static String unset(String variable, String specKey) {
        return "the environment variable " + variable + " (" + specKey + ") is not set";
    }

    private static List<String> owners(List<AlertOutcome> alerts) {
        return alerts.stream().map(AlertOutcome::owner).distinct().toList();
    }

    private static List<String> names(List<AlertOutcome> alerts) {
        return alerts.stream().map(AlertOutcome::name).toList();
    }

    private static AlertDelivery delivery(String channel, String recipient, List<String> names, Retry.Outcome outcome) {
        return new AlertDelivery(channel, recipient, names, outcome.delivered(), outcome.attempts(), outcome.error());
    }
}
