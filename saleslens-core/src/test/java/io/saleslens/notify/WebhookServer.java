package io.saleslens.notify;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A webhook on loopback for the tests: it answers each POST with the next status given (the last one again once they
 * run out) and keeps what it received.
 */
final class WebhookServer implements AutoCloseable {
    /** The secret part of the URL, which must appear in no document and no message. */
    static final String TOKEN = "T0KEN-s3cr3t-9f8e7d";

    private final HttpServer server;
    private final Deque<Integer> statuses;
    private final int last;
    final List<Request> requests = new CopyOnWriteArrayList<>();

    record Request(String method, String contentType, String body) {}

    WebhookServer(Integer... statuses) throws IOException {
        this.statuses = new ArrayDeque<>(List.of(statuses));
        this.last = statuses[statuses.length - 1];
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/hooks/", exchange -> {
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            requests.add(new Request(
                    exchange.getRequestMethod(), exchange.getRequestHeaders().getFirst("Content-Type"), body));
            Integer status;
            synchronized (this.statuses) {
                status = this.statuses.isEmpty() ? last : this.statuses.poll();
            }
            exchange.sendResponseHeaders(status, -1);
            exchange.close();
        });
        server.start();
    }

    URI url() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/hooks/" + TOKEN);
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
