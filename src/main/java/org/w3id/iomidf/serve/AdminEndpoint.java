package org.w3id.iomidf.serve;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.function.Supplier;

/**
 * The operator's port, on 127.0.0.1 only and separate from the public one: {@code POST /reload} switches to
 * the release {@code DIR/current} points at now, without waiting for the watcher, and answers with the release
 * served afterwards. Only processes on the machine can reach it; the public port has no admin operation.
 *
 * <pre>
 * curl -X POST http://127.0.0.1:3031/reload
 * </pre>
 */
final class AdminEndpoint implements AutoCloseable {

    private final HttpServer http;

    private AdminEndpoint(HttpServer http) {
        this.http = http;
    }

    /** Starts the endpoint on 127.0.0.1:{@code port} (0 picks a free port); {@code reload} returns the id. */
    static AdminEndpoint start(int port, Supplier<String> reload) {
        try {
            HttpServer http = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 0);
            http.createContext("/reload", exchange -> answer(exchange, reload));
            http.start();
            return new AdminEndpoint(http);
        } catch (IOException e) {
            throw new PortInUseException(port, e);
        }
    }

    private static void answer(HttpExchange exchange, Supplier<String> reload) throws IOException {
        try (exchange) {
            if (!"POST".equals(exchange.getRequestMethod())) {
                exchange.getResponseHeaders().set("Allow", "POST");
                send(exchange, 405, "use POST /reload\n");
                return;
            }
            try {
                send(exchange, 200, "serving release " + reload.get() + "\n");
            } catch (RuntimeException e) {
                send(exchange, 409, "not switched: " + e.getMessage() + "\n");
            }
        }
    }

    private static void send(HttpExchange exchange, int status, String text) throws IOException {
        byte[] body = text.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "text/plain;charset=utf-8");
        exchange.sendResponseHeaders(status, body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }

    int port() {
        return http.getAddress().getPort();
    }

    @Override
    public void close() {
        http.stop(0);
    }
}
