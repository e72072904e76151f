package org.w3id.iomidf.serve;

import java.nio.file.Path;
import java.time.Duration;
import org.w3id.iomidf.serve.sparql.Federation;
import org.w3id.iomidf.serve.sparql.Limits;

/**
 * What the server needs to know, read once at the command line.
 *
 * @param dir            the build directory ({@code build --out DIR})
 * @param port           the HTTP port; 0 picks a free one
 * @param allInterfaces  listen on every interface (inside a container) instead of 127.0.0.1 only
 * @param queryTimeout   the longest a SPARQL query may run; a query past it is cancelled and answered 503
 * @param maxResultBytes the largest SPARQL result the server holds before answering; larger results are an
 *                       error, never a truncated answer
 * @param limits         rows per answer, request sizes and queries at once (see {@link Limits})
 * @param cacheBytes     the most bytes of SPARQL answers kept for repeated identical requests; 0 keeps none
 * @param federation     the endpoints a query's SERVICE may call (see {@link Federation})
 * @param publicUrl      the server's address as clients reach it, ending in {@code /}, used in every link the
 *                       server writes (never the {@code Host} header); null for {@code http://localhost:PORT/}
 */
public record ServeConfig(
        Path dir,
        int port,
        boolean allInterfaces,
        Duration queryTimeout,
        long maxResultBytes,
        Limits limits,
        long cacheBytes,
        Federation federation,
        String publicUrl) {

    /** Default query timeout: long enough for every example query on the full dataset. */
    public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(30);
    /** Default result limit: the complete Turtle dump is a few megabytes, so this is generous. */
    public static final long DEFAULT_MAX_RESULT_BYTES = 64L * 1024 * 1024;
    /** Default answer cache: 32 MB (a few thousand typical answers), at most an eighth of the heap. */
    public static final long DEFAULT_CACHE_BYTES =
            Math.min(32L * 1024 * 1024, Runtime.getRuntime().maxMemory() / 8);

    public ServeConfig {
        if (port < 0 || port > 65535) {
            throw new IllegalArgumentException("port out of range: " + port);
        }
        if (queryTimeout.isNegative() || queryTimeout.isZero()) {
            throw new IllegalArgumentException("query timeout must be positive: " + queryTimeout);
        }
        if (maxResultBytes <= 0) {
            throw new IllegalArgumentException("result limit must be positive: " + maxResultBytes);
        }
        if (limits == null) {
            throw new IllegalArgumentException("no limits given");
        }
        if (cacheBytes < 0) {
            throw new IllegalArgumentException("cache size must not be negative: " + cacheBytes);
        }
        if (federation == null) {
            throw new IllegalArgumentException("no federation list given");
        }
        publicUrl = publicUrl == null ? null : publicUrl(publicUrl);
    }

    private static String publicUrl(String url) {
        java.net.URI u;
        try {
            u = new java.net.URI(url);
        } catch (java.net.URISyntaxException e) {
            throw new IllegalArgumentException("public URL: " + e.getMessage(), e);
        }
        String scheme = String.valueOf(u.getScheme()).toLowerCase(java.util.Locale.ROOT);
        if (!(scheme.equals("http") || scheme.equals("https"))
                || u.getHost() == null
                || u.getRawQuery() != null
                || u.getRawFragment() != null
                || u.getRawUserInfo() != null) {
            throw new IllegalArgumentException("public URL must be an http(s) address with a host, no query: " + url);
        }
        return url.endsWith("/") ? url : url + "/";
    }

    /** With the default federation list and the address the server listens on. */
    public ServeConfig(
            Path dir,
            int port,
            boolean allInterfaces,
            Duration queryTimeout,
            long maxResultBytes,
            Limits limits,
            long cacheBytes) {
        this(dir, port, allInterfaces, queryTimeout, maxResultBytes, limits, cacheBytes, Federation.DEFAULT, null);
    }

    /** With the default answer cache. */
    public ServeConfig(
            Path dir, int port, boolean allInterfaces, Duration queryTimeout, long maxResultBytes, Limits limits) {
        this(dir, port, allInterfaces, queryTimeout, maxResultBytes, limits, DEFAULT_CACHE_BYTES);
    }

    /** With the default {@link Limits}. */
    public ServeConfig(Path dir, int port, boolean allInterfaces, Duration queryTimeout, long maxResultBytes) {
        this(dir, port, allInterfaces, queryTimeout, maxResultBytes, Limits.DEFAULT);
    }

    /** The defaults for everything but the directory and port. */
    public static ServeConfig of(Path dir, int port) {
        return new ServeConfig(dir, port, false, DEFAULT_TIMEOUT, DEFAULT_MAX_RESULT_BYTES);
    }
}
