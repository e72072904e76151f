package org.w3id.iomidf.harvest;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

/**
 * Sends one GET and reads the answer within the bounds: a connect timeout, a deadline for the whole response
 * (a server that trickles its body is cut off at the deadline, not only one that is slow to start), and a size
 * bound past which the body is cut and marked truncated. Redirects are not followed here: the crawler checks each
 * target like a link. No content coding is asked for, so the archive holds the page as it is.
 */
final class Fetcher implements AutoCloseable {
    private final HttpClient client;
    private final String userAgent;
    private final Duration readTimeout;
    private final long maxBytes;
    private final ScheduledExecutorService deadlines = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "harvest-deadline");
        t.setDaemon(true);
        return t;
    });

    Fetcher(String userAgent, Duration connectTimeout, Duration readTimeout, long maxBytes) {
        this.client = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(connectTimeout)
                .build();
        this.userAgent = userAgent;
        this.readTimeout = readTimeout;
        this.maxBytes = maxBytes;
    }

    /** Fetches {@code uri} with the extra request headers given (conditional ones); throws when no answer came. */
    Exchange get(URI uri, Map<String, String> extra) throws IOException, InterruptedException {
        Map<String, String> sent = new LinkedHashMap<>();
        sent.put("User-Agent", userAgent);
        sent.put("Accept", "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8");
        sent.putAll(extra);
        HttpRequest.Builder request =
                HttpRequest.newBuilder(uri).timeout(readTimeout).GET();
        sent.forEach(request::header);
        Instant date = Instant.now();
        long deadline = System.nanoTime() + readTimeout.toNanos();
        HttpResponse<InputStream> response = client.send(request.build(), HttpResponse.BodyHandlers.ofInputStream());
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        boolean truncated = false;
        long left = deadline - System.nanoTime();
        try (InputStream in = response.body()) {
            ScheduledFuture<?> cut = deadlines.schedule(() -> close(in), Math.max(1, left), TimeUnit.NANOSECONDS);
            try {
                byte[] buffer = new byte[64 * 1024];
                int n;
                while ((n = in.read(buffer)) > 0) {
                    if (body.size() + (long) n > maxBytes) {
                        body.write(buffer, 0, (int) (maxBytes - body.size()));
                        truncated = true;
                        break;
                    }
                    body.write(buffer, 0, n);
                }
            } catch (IOException e) {
                if (System.nanoTime() >= deadline) {
                    throw new HttpTimeoutException("no complete answer within " + readTimeout.toMillis() + " ms");
                }
                throw e;
            } finally {
                cut.cancel(false);
            }
        }
        if (System.nanoTime() >= deadline && !truncated) {
            throw new HttpTimeoutException("no complete answer within " + readTimeout.toMillis() + " ms");
        }
        List<Map.Entry<String, String>> headers = new ArrayList<>();
        response.headers().map().forEach((name, values) -> {
            if (!name.startsWith(":")) {
                values.forEach(v -> headers.add(Map.entry(name, v)));
            }
        });
        return new Exchange(
                uri, sent, date, ip(uri), response.statusCode(), headers, body.toByteArray(), truncated, null);
    }

    private static String ip(URI uri) {
        InetSocketAddress a = new InetSocketAddress(uri.getHost(), 0);
        return a.isUnresolved() ? null : a.getAddress().getHostAddress();
    }

    private static void close(InputStream in) {
        try {
            in.close();
        } catch (IOException e) {
            // closing is how a trickling body is cut off; the reader sees the failure
        }
    }

    @Override
    public void close() {
        deadlines.shutdownNow();
    }
}
