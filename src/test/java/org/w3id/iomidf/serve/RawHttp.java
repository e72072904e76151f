package org.w3id.iomidf.serve;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * HTTP/1.1 requests written byte for byte on a socket, for what a well-behaved client library refuses to send
 * (dot segments, backslashes, raw percent escapes, huge headers) and to call from a chosen loopback address
 * (127.0.0.2 is another client than 127.0.0.1).
 */
final class RawHttp {

    /** A response: status, the header block as text, and the body. */
    record Response(int status, String headers, String body) {
        String header(String name) {
            for (String line : headers.split("\r\n")) {
                int colon = line.indexOf(':');
                if (colon > 0 && line.substring(0, colon).equalsIgnoreCase(name)) {
                    return line.substring(colon + 1).strip();
                }
            }
            return null;
        }

        @Override
        public String toString() {
            return status + "\n" + headers + "\n\n" + body.substring(0, Math.min(500, body.length()));
        }
    }

    private final int port;

    RawHttp(int port) {
        this.port = port;
    }

    Response get(String target, String... headers) {
        return send("127.0.0.1", "GET " + target + " HTTP/1.1", null, headers);
    }

    /** POSTs {@code query} to {@code /sparql} as {@code application/sparql-query}, with its length. */
    Response postQuery(String query, String... headers) {
        byte[] body = query.getBytes(StandardCharsets.UTF_8);
        List<String> all = new java.util.ArrayList<>(
                List.of("Content-Type", "application/sparql-query", "Content-Length", Integer.toString(body.length)));
        all.addAll(List.of(headers));
        return send("127.0.0.1", "POST /sparql HTTP/1.1", body, all.toArray(String[]::new));
    }

    /** Sends one request from {@code from}; {@code body} may be null; a Host header given replaces the default. */
    Response send(String from, String requestLine, byte[] body, String... headers) {
        StringBuilder head = new StringBuilder(requestLine).append("\r\n");
        if (!List.of(headers).contains("Host")) {
            head.append("Host: localhost:").append(port).append("\r\n");
        }
        head.append("Connection: close\r\n");
        for (int i = 0; i + 1 < headers.length; i += 2) {
            head.append(headers[i]).append(": ").append(headers[i + 1]).append("\r\n");
        }
        head.append("\r\n");
        try (Socket s = new Socket(InetAddress.getByName("127.0.0.1"), port, InetAddress.getByName(from), 0)) {
            s.setSoTimeout(60_000);
            OutputStream out = s.getOutputStream();
            out.write(head.toString().getBytes(StandardCharsets.ISO_8859_1));
            if (body != null) {
                out.write(body);
            }
            out.flush();
            return parse(s.getInputStream().readAllBytes());
        } catch (IOException e) {
            throw new UncheckedIOException(from + " " + requestLine, e);
        }
    }

    private static Response parse(byte[] raw) {
        // Latin-1 keeps one char per byte, so offsets found in the text are offsets in the bytes.
        String all = new String(raw, StandardCharsets.ISO_8859_1);
        int end = all.indexOf("\r\n\r\n");
        String head = end < 0 ? all : all.substring(0, end);
        String body = end < 0 ? "" : all.substring(end + 4);
        Response r = new Response(Integer.parseInt(head.split(" ", 3)[1]), head, "");
        if ("chunked".equalsIgnoreCase(String.valueOf(r.header("Transfer-Encoding")))) {
            body = unchunk(body);
        }
        return new Response(
                r.status(), head, new String(body.getBytes(StandardCharsets.ISO_8859_1), StandardCharsets.UTF_8));
    }

    private static String unchunk(String body) {
        StringBuilder out = new StringBuilder();
        int i = 0;
        while (i < body.length()) {
            int eol = body.indexOf("\r\n", i);
            int size = Integer.parseInt(body.substring(i, eol).split(";")[0].strip(), 16);
            if (size == 0) {
                break;
            }
            out.append(body, eol + 2, eol + 2 + size);
            i = eol + 2 + size + 2;
        }
        return out.toString();
    }
}
