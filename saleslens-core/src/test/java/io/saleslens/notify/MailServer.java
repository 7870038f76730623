package io.saleslens.notify;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;

/** An SMTP server on loopback for the tests, with one account to log in with. */
final class MailServer {
    static final String USER = "saleslens-bot";
    static final String PASSWORD = "pa55-w0rd-4e3d";

    private MailServer() {}

    static GreenMailExtension extension() {
        return new GreenMailExtension(new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP).dynamicPort())
                .withConfiguration(GreenMailConfiguration.aConfig().withUser("bot@example.com", USER, PASSWORD));
    }
}
