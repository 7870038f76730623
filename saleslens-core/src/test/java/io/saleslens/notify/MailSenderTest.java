package io.saleslens.notify;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import io.saleslens.spec.NotifySpec;
import jakarta.mail.Address;
import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class MailSenderTest {
    private static final String HTML = "<html><body><p>Revenue fell 8.3%.</p></body></html>";
    private static final MailSender.Login LOGIN = new MailSender.Login(MailServer.USER, MailServer.PASSWORD);

    @RegisterExtension
    static final GreenMailExtension MAIL = MailServer.extension();

    private final List<Long> waits = new ArrayList<>();

    @Test
    void sendsOneHtmlMessageToTheAddressesAfterLoggingIn() throws Exception {
        Retry.Outcome outcome = sender(false, LOGIN)
                .send(List.of("ana@example.com", "ben@example.com"), "SalesLens shop run 1: 1 alert for sales", HTML);

        assertThat(outcome).isEqualTo(new Retry.Outcome(true, 1, null));
        MimeMessage[] received = MAIL.getReceivedMessages();
        // GreenMail keeps one copy per recipient.
        assertThat(received).hasSize(2);
        MimeMessage message = received[0];
        assertThat(message.getSubject()).isEqualTo("SalesLens shop run 1: 1 alert for sales");
        assertThat(Arrays.stream(message.getRecipients(Message.RecipientType.TO))
                        .map(Address::toString))
                .containsExactly("ana@example.com", "ben@example.com");
        assertThat(message.getFrom()[0].toString()).isEqualTo("saleslens@example.com");
        assertThat(message.getContentType()).startsWith("text/html");
        assertThat(((String) message.getContent()).strip()).isEqualTo(HTML);
    }

    @Test
    void aRefusedLoginIsRetriedAndRecordedWithoutThePassword() {
        MailSender.Login wrong = new MailSender.Login(MailServer.USER, "not-" + MailServer.PASSWORD);

        Retry.Outcome outcome = sender(false, wrong).send(List.of("ana@example.com"), "subject", HTML);

        assertThat(outcome.delivered()).isFalse();
        assertThat(outcome.attempts()).isEqualTo(2);
        assertThat(outcome.error())
                .startsWith("SMTP 127.0.0.1:" + MAIL.getSmtp().getPort() + ": AuthenticationFailedException")
                .doesNotContain(MailServer.PASSWORD);
        assertThat(waits).containsExactly(5L);
        assertThat(MAIL.getReceivedMessages()).isEmpty();
    }

    @Test
    void starttlsIsRequiredWhenTheSpecAsksForIt() {
        // The test server offers no STARTTLS: the password must not go out in clear.
        Retry.Outcome outcome = sender(true, LOGIN).send(List.of("ana@example.com"), "subject", HTML);

        assertThat(outcome.delivered()).isFalse();
        assertThat(outcome.error()).contains("STARTTLS");
        assertThat(MAIL.getReceivedMessages()).isEmpty();
    }

    @Test
    void anAddressThatIsNoAddressIsNotTried() {
        Retry.Outcome outcome = sender(false, LOGIN).send(List.of("ana at example"), "subject", HTML);

        assertThat(outcome.delivered()).isFalse();
        assertThat(outcome.attempts()).isZero();
        assertThat(outcome.error()).startsWith("cannot write the message: ");
    }

    private MailSender sender(boolean starttls, MailSender.Login login) {
        NotifySpec.Email server = new NotifySpec.Email(
                "127.0.0.1",
                MAIL.getSmtp().getPort(),
                "saleslens@example.com",
                Map.of("sales", List.of("ana@example.com")),
                "SMTP_USER",
                "SMTP_PASSWORD",
                starttls);
        return new MailSender(server, login, new Retry(2, 5, waits::add));
    }
}
