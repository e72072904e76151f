package org.w3id.iomidf.generate;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * Serves a {@link SiteGenerator} site over real HTTP on loopback, as a web server does: files by path, a media
 * type by extension, ETag and Last-Modified with 304 answers to conditional requests. With {@code misbehave} it
 * also answers {@link SiteGenerator#TRAPS} the way real sites go wrong (a 410, a redirect loop, a redirect to a
 * link-local address, a page slower than any timeout, a page of 50 MB, a PDF), and the faults set per path: a
 * status before the first good answer (500, or 429 with Retry-After), a wrong charset in the Content-Type. Every
 * request is logged with the time it arrived and its headers.
 *
 * <pre>
 * try (SiteServer server = SiteServer.start(dir, 0, true)) {
 *     String base = server.base();   // http://127.0.0.1:PORT
 * }
 * </pre>
 */
public final class SiteServer implements AutoCloseable {
    /** One request as it arrived, and the status it was answered (0 while being answered, -1 when cut off). */
    public record Request(long nanos, Instant at, String target, Map<String, String> headers, int status) {}

    private record Fault(int status, String retryAfter, int[] left) {}

    private static final DateTimeFormatter HTTP_DATE = DateTimeFormatter.RFC_1123_DATE_TIME.withZone(ZoneOffset.UTC);
    /** How long the slow trap waits before answering. */
    public static final int SLOW_MILLIS = 3000;
    /** The size of the huge trap. */
    public static final long HUGE_BYTES = 50L * 1024 * 1024;

    private final HttpServer server;
    private final ExecutorService threads = Executors.newFixedThreadPool(4);
    private final Path dir;
    private final boolean misbehave;
    private final List<Request> requests = new CopyOnWriteArrayList<>();
    /** How long {@link #requests()} waits for answers still being logged. */
    private static final java.time.Duration LOGGING_WAIT = java.time.Duration.ofSeconds(2);

    private final Map<String, Fault> faults = new ConcurrentHashMap<>();
    private final Map<String, String> charsets = new ConcurrentHashMap<>();

    private SiteServer(Path dir, int port, boolean misbehave) throws IOException {
        // The JDK's server writes headers and body apart; without TCP_NODELAY each answer waits for a delayed ACK.
        if (System.getProperty("sun.net.httpserver.nodelay") == null) {
            System.setProperty("sun.net.httpserver.nodelay", "true");
        }
        this.dir = dir;
        this.misbehave = misbehave;
        this.server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 64);
        server.createContext("/", this::handle);
        server.setExecutor(threads);
        server.start();
    }

    /** Serves {@code dir} on {@code port} of the loopback address (0 for any free port). */
    public static SiteServer start(Path dir, int port, boolean misbehave) throws IOException {
        return new SiteServer(dir, port, misbehave);
    }

    public int port() {
        return server.getAddress().getPort();
    }

    /** {@code http://127.0.0.1:PORT}, the site's base for {@link SiteSettings}. */
    public String base() {
        return "http://" + server.getAddress().getAddress().getHostAddress() + ":" + port();
    }

    /** The first {@code times} requests of {@code path} are answered {@code status} (with Retry-After if given). */
    public void failFirst(String path, int status, String retryAfter, int times) {
        faults.put(path, new Fault(status, retryAfter, new int[] {times}));
    }

    /** {@code path} is served with a Content-Type naming {@code charset}, whatever its bytes are. */
    public void charset(String path, String charset) {
        charsets.put(path, charset);
    }

    public List<Request> requests() {
        // A client may have its answer before this server's handler has logged the status: wait (briefly) for the
        // requests still being logged, so a caller that has finished sees every status.
        long deadline = System.nanoTime() + LOGGING_WAIT.toNanos();
        while (requests.stream().anyMatch(r -> r.status() == 0) && System.nanoTime() < deadline) {
            try {
                Thread.sleep(5);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        return new ArrayList<>(requests);
    }

    private void handle(HttpExchange x) throws IOException {
        long nanos = System.nanoTime();
        String path = x.getRequestURI().getRawPath();
        String query = x.getRequestURI().getRawQuery();
        String target = path + (query == null ? "" : "?" + query);
        Map<String, String> headers = new java.util.TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        x.getRequestHeaders().forEach((k, v) -> headers.put(k, String.join(", ", v)));
        Map<String, String> seen = java.util.Collections.unmodifiableMap(headers);
        Instant at = Instant.now();
        // Logged in the order of arrival; the status is filled in once answered (0 until then).
        int index;
        synchronized (requests) {
            requests.add(new Request(nanos, at, target, seen, 0));
            index = requests.size() - 1;
        }
        int status;
        try {
            status = answer(x, path, query);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            status = 503;
        } catch (IOException e) {
            status = -1;
        } finally {
            x.close();
        }
        requests.set(index, new Request(nanos, at, target, seen, status));
    }

    private int answer(HttpExchange x, String path, String query) throws IOException, InterruptedException {
        if (misbehave) {
            Integer trapped = trap(x, path);
            if (trapped != null) {
                return trapped;
            }
            Fault fault = faults.get(path);
            if (fault != null) {
                synchronized (fault) {
                    if (fault.left()[0] > 0) {
                        fault.left()[0]--;
                        if (fault.retryAfter() != null) {
                            x.getResponseHeaders().set("Retry-After", fault.retryAfter());
                        }
                        return send(
                                x, fault.status(), "text/plain", "try again later\n".getBytes(StandardCharsets.UTF_8));
                    }
                }
            }
        }
        Path file = dir.resolve(SiteGenerator.file(path, query)).normalize();
        if (!file.startsWith(dir.normalize()) || !Files.isRegularFile(file)) {
            return send(
                    x,
                    404,
                    "text/html; charset=utf-8",
                    "<html><body>not found</body></html>".getBytes(StandardCharsets.UTF_8));
        }
        byte[] body = Files.readAllBytes(file);
        String etag = "\"" + HexFormat.of().formatHex(sha1(body), 0, 8) + "\"";
        Instant modified = Files.getLastModifiedTime(file).toInstant().truncatedTo(ChronoUnit.SECONDS);
        x.getResponseHeaders().set("ETag", etag);
        x.getResponseHeaders().set("Last-Modified", HTTP_DATE.format(modified));
        String ifNoneMatch = x.getRequestHeaders().getFirst("If-None-Match");
        String ifModifiedSince = x.getRequestHeaders().getFirst("If-Modified-Since");
        if (ifNoneMatch != null ? ifNoneMatch.equals(etag) : notModifiedSince(ifModifiedSince, modified)) {
            x.sendResponseHeaders(304, -1);
            return 304;
        }
        return send(x, 200, type(file, path), body);
    }

    private static boolean notModifiedSince(String header, Instant modified) {
        if (header == null) {
            return false;
        }
        try {
            return !modified.isAfter(ZonedDateTime.parse(header, DateTimeFormatter.RFC_1123_DATE_TIME)
                    .toInstant());
        } catch (DateTimeParseException e) {
            return false;
        }
    }

    private Integer trap(HttpExchange x, String path) throws IOException, InterruptedException {
        switch (path) {
            case "/project/gone-410" -> {
                return send(
                        x,
                        410,
                        "text/html; charset=utf-8",
                        "<html><body>gone</body></html>".getBytes(StandardCharsets.UTF_8));
            }
            case "/project/loop-a", "/project/loop-b" -> {
                x.getResponseHeaders().set("Location", path.endsWith("a") ? "/project/loop-b" : "/project/loop-a");
                return send(x, 302, "text/plain", new byte[0]);
            }
            case "/project/to-private" -> {
                x.getResponseHeaders().set("Location", "http://169.254.169.254/latest/meta-data/");
                return send(x, 302, "text/plain", new byte[0]);
            }
            case "/project/slow" -> {
                Thread.sleep(SLOW_MILLIS);
                return send(
                        x,
                        200,
                        "text/html; charset=utf-8",
                        "<html><body>late</body></html>".getBytes(StandardCharsets.UTF_8));
            }
            case "/project/huge" -> {
                x.getResponseHeaders().set("Content-Type", "text/html; charset=utf-8");
                x.sendResponseHeaders(200, HUGE_BYTES);
                byte[] chunk = "<p>padding padding padding padding padding padding padding</p>\n"
                        .repeat(1024)
                        .getBytes(StandardCharsets.UTF_8);
                try (OutputStream out = x.getResponseBody()) {
                    for (long sent = 0; sent < HUGE_BYTES; sent += chunk.length) {
                        out.write(chunk, 0, (int) Math.min(chunk.length, HUGE_BYTES - sent));
                    }
                } catch (IOException e) {
                    // the client stopped reading at its size bound
                }
                return 200;
            }
            default -> {
                return null;
            }
        }
    }

    private String type(Path file, String path) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".txt")) {
            return "text/plain; charset=utf-8";
        }
        if (name.endsWith(".xml")) {
            return "application/xml";
        }
        if (name.endsWith(".gz")) {
            return "application/gzip";
        }
        if (name.endsWith(".pdf")) {
            return "application/pdf";
        }
        return "text/html; charset=" + charsets.getOrDefault(path, "utf-8");
    }

    private static int send(HttpExchange x, int status, String type, byte[] body) throws IOException {
        x.getResponseHeaders().set("Content-Type", type);
        x.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
        if (body.length > 0) {
            try (OutputStream out = x.getResponseBody()) {
                out.write(body);
            }
        }
        return status;
    }

    private static byte[] sha1(byte[] body) {
        try {
            return MessageDigest.getInstance("SHA-1").digest(body);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("the JDK has no SHA-1", e);
        }
    }

    @Override
    public void close() {
        server.stop(0);
        threads.shutdownNow();
    }
}
