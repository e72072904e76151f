package org.w3id.iomidf.harvest;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Everything one harvest is told, read once at the edge (the command line), with the defaults a polite crawler
 * keeps.
 *
 * @param seeds where to start: a site root, a listing page or a sitemap (http or https)
 * @param archive the folder of WARC files; a harvest adds one new file and never rewrites an old one
 * @param follow addresses whose links are followed, matched against the whole address; see {@link #FUND_PAGES}
 * @param delay the pause between two requests to one host; null for the host's {@code Crawl-delay}, else 1 s
 * @param userAgent the User-Agent sent (idf-ld, its version and a contact)
 * @param allowPrivate whether loopback and private (RFC 1918, unique-local) addresses may be fetched, for tests
 *     on a local site; link-local addresses (cloud metadata services) are refused even then
 * @param maxPages the most pages fetched in one harvest (robots.txt and sitemaps not counted)
 * @param connectTimeout how long to wait for a connection
 * @param readTimeout how long one response may take, from request to the last byte
 * @param maxBytes the largest response body kept; a longer one is cut there and recorded as truncated
 * @param maxRetries how many times a 429, a 5xx or a broken connection is tried again
 * @param maxWait the longest Retry-After honoured; a server asking for more is counted as failed
 */
public record HarvestOptions(
        List<URI> seeds,
        Path archive,
        List<Pattern> follow,
        Duration delay,
        String userAgent,
        boolean allowPrivate,
        int maxPages,
        Duration connectTimeout,
        Duration readTimeout,
        long maxBytes,
        int maxRetries,
        Duration maxWait) {

    /**
     * The Fund's project pages as its sites publish them: {@code /project/<slug>} (English) and
     * {@code /fr/node/<id>}, {@code /es/node/<id>} on iom.int, and {@code /node/<id>} with or without a language
     * on the older developmentfund host; on any start host, so that a copy of the site can be harvested too.
     */
    public static final Pattern FUND_PAGES =
            Pattern.compile("https?://[^/]+/(?:(?:en|fr|es)/)?(?:project/[^/?#]+|node/\\d+)/?");

    /** Between two requests to one host when neither the operator nor the host's robots.txt says otherwise. */
    public static final Duration DEFAULT_DELAY = Duration.ofSeconds(1);

    /** Pages of the Fund are a few hundred kB; a response of more is not a project page. */
    public static final long DEFAULT_MAX_BYTES = 10L * 1024 * 1024;

    public HarvestOptions {
        seeds = List.copyOf(seeds);
        follow = List.copyOf(follow);
        Objects.requireNonNull(archive, "archive");
        Objects.requireNonNull(userAgent, "userAgent");
        Objects.requireNonNull(connectTimeout, "connectTimeout");
        Objects.requireNonNull(readTimeout, "readTimeout");
        Objects.requireNonNull(maxWait, "maxWait");
        if (seeds.isEmpty()) {
            throw new IllegalArgumentException("no address to start from");
        }
        for (URI seed : seeds) {
            String scheme = seed.getScheme() == null ? "" : seed.getScheme();
            if (!(scheme.equals("http") || scheme.equals("https")) || seed.getHost() == null) {
                throw new IllegalArgumentException("not an http(s) address: " + seed);
            }
        }
        if (delay != null && delay.isNegative()) {
            throw new IllegalArgumentException("a delay cannot be negative: " + delay);
        }
        if (maxPages < 1 || maxBytes < 1 || maxRetries < 0) {
            throw new IllegalArgumentException("--max-pages and the size bound must be positive, retries not negative");
        }
    }

    /** With the default bounds: 10 s to connect, 30 s per response, 10 MB, 3 retries, waits of up to 2 minutes. */
    public static HarvestOptions of(List<URI> seeds, Path archive, String userAgent) {
        return new HarvestOptions(
                seeds,
                archive,
                List.of(FUND_PAGES),
                null,
                userAgent,
                false,
                100_000,
                Duration.ofSeconds(10),
                Duration.ofSeconds(30),
                DEFAULT_MAX_BYTES,
                3,
                Duration.ofMinutes(2));
    }

    /** The User-Agent of this version of idf-ld with a contact (an address or a mailbox). */
    public static String userAgent(String version, String contact) {
        return "idf-ld/" + version + (contact == null || contact.isBlank() ? "" : " (+" + contact.strip() + ")");
    }

    public HarvestOptions withFollow(List<Pattern> patterns) {
        return new HarvestOptions(
                seeds,
                archive,
                patterns,
                delay,
                userAgent,
                allowPrivate,
                maxPages,
                connectTimeout,
                readTimeout,
                maxBytes,
                maxRetries,
                maxWait);
    }

    public HarvestOptions withDelay(Duration pause) {
        return new HarvestOptions(
                seeds,
                archive,
                follow,
                pause,
                userAgent,
                allowPrivate,
                maxPages,
                connectTimeout,
                readTimeout,
                maxBytes,
                maxRetries,
                maxWait);
    }

    public HarvestOptions withPrivate(boolean allowed) {
        return new HarvestOptions(
                seeds,
                archive,
                follow,
                delay,
                userAgent,
                allowed,
                maxPages,
                connectTimeout,
                readTimeout,
                maxBytes,
                maxRetries,
                maxWait);
    }

    public HarvestOptions withBounds(int pages, Duration read, long bytes) {
        return new HarvestOptions(
                seeds,
                archive,
                follow,
                delay,
                userAgent,
                allowPrivate,
                pages,
                connectTimeout,
                read,
                bytes,
                maxRetries,
                maxWait);
    }
}
