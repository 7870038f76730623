package io.saleslens.notify;

import static java.util.Objects.requireNonNull;

import io.saleslens.spec.NotifySpec;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.util.List;
import java.util.Properties;

/**
 * Sends one HTML message over SMTP, with STARTTLS when the spec asks for it (then required, so a password never goes
 * out in clear) and a login when the spec names one; a failed connection or refusal is retried.
 */
final class MailSender {
    static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(10);
    static final Duration READ_TIMEOUT = Duration.ofSeconds(30);

    private final NotifySpec.Email server;
    private final Login login;
    private final Retry retry;

    /** @param login the user and password, or null for a server without login */
    MailSender(NotifySpec.Email server, Login login, Retry retry) {
        this.server = requireNonNull(server, "server is null");
        this.login = login;
        this.retry = requireNonNull(retry, "retry is null");
    }

    Retry.Outcome send(List<String> to, String subject, String html) {
        Session session = Session.getInstance(properties());
        MimeMessage message = new MimeMessage(session);
        try {
            message.setFrom(new InternetAddress(server.from(), true));
            message.setRecipients(Message.RecipientType.TO, InternetAddress.parse(String.join(",", to), true));
            message.setSubject(subject, "UTF-8");
            message.setText(html, "UTF-8", "html");
            message.saveChanges();
        } catch (MessagingException e) {
            // A bad address would fail the same way on every attempt.
            return Retry.Outcome.notTried("cannot write the message: " + e.getMessage());
        }
        return retry.run(() -> transmit(session, message));
    }

    private void transmit(Session session, MimeMessage message) throws DeliveryFailure {
        try (Transport transport = session.getTransport("smtp")) {
            if (login == null) {
                transport.connect();
            } else {
                transport.connect(server.host(), server.port(), login.user(), login.password());
            }
            transport.sendMessage(message, message.getAllRecipients());
        } catch (MessagingException e) {
            throw new DeliveryFailure(
                    "SMTP " + server.host() + ":" + server.port() + ": " + withoutPassword(describe(e)));
        }
    }

    private static String describe(MessagingException e) {
        String message = e.getClass().getSimpleName()
                + (e.getMessage() == null ? "" : " " + e.getMessage().strip());
        Exception cause = e.getNextException();
        return cause == null || cause.getMessage() == null ? message : message + " (" + cause.getMessage() + ")";
    }

    private String withoutPassword(String text) {
        return login == null || login.password().isEmpty() ? text : text.replace(login.password(), "…");
    }

    private Properties properties() {
        Properties properties = new Properties();
        properties.put("mail.smtp.host", server.host());
        properties.put("mail.smtp.port", String.valueOf(server.port()));
        properties.put("mail.smtp.auth", String.valueOf(login != null));
        properties.put("mail.smtp.starttls.enable", String.valueOf(server.starttls()));
        properties.put("mail.smtp.starttls.required", String.valueOf(server.starttls()));
        properties.put("mail.smtp.connectiontimeout", String.valueOf(CONNECT_TIMEOUT.toMillis()));
        properties.put("mail.smtp.timeout", String.valueOf(READ_TIMEOUT.toMillis()));
        properties.put("mail.smtp.writetimeout", String.valueOf(READ_TIMEOUT.toMillis()));
        return properties;
    }

    /** The SMTP login, read from the environment variables the spec names. */
    record Login(String user, String password) {
        Login {
            requireNonNull(user, "user is null");
            requireNonNull(password, "password is null");
        }

        @Override
        public String toString() {
            return "Login[user=" + user + "]";
        }
    }
}
