package org.w3id.iomidf.harvest;

import crawlercommons.robots.BaseRobotRules;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The first stage: brings the Fund's pages from the web into a WARC archive, the way web archives crawl. It reads
 * each start host's robots.txt first and never asks for an address it forbids; reads the sitemaps robots.txt names
 * and the ones given as start addresses; follows links only on the start hosts and only to addresses a follow
 * pattern accepts (and to further pages of a start listing); asks one host one thing at a time with a delay
 * between; honours 429 and 503 with Retry-After; retries a bounded number of times; follows at most 5 redirects,
 * each checked like a link; and on a second run sends conditional requests and records unchanged pages as
 * revisits.
 *
 * <pre>
 * HarvestSummary s = new Harvest(HarvestOptions.of(List.of(URI.create("https://www.iom.int/sitemap.xml")),
 *         Path.of("archive"), HarvestOptions.userAgent("1.0", "mailto:data@example.org"))).run(System.err::println);
 * </pre>
 */
public final class Harvest {
    private static final Logger LOG = LoggerFactory.getLogger(Harvest.class);
    private static final int MAX_REDIRECTS = 5;
    private static final Duration PROGRESS_EVERY = Duration.ofSeconds(5);

    private enum Kind {
        SITEMAP,
        LISTING,
        PAGE
    }

    private record Task(URI uri, Kind kind) {}

    private final HarvestOptions options;
    private final AddressCheck addresses;
    private final Set<String> hosts = new HashSet<>();
    private final Set<String> listings = new HashSet<>();
    private final Map<String, BaseRobotRules> robots = new HashMap<>();
    private final Map<String, Duration> delays = new HashMap<>();
    private final Pacer pacer = new Pacer();
    private final Deque<Task> queue = new ArrayDeque<>();
    private final Set<String> seen = new HashSet<>();
    private final List<String> failures = new ArrayList<>();
    private final Set<String> forbidden = new HashSet<>();
    private int added, changed, unchanged, gone, failed, notPages, requests, pagesFetched;

    public Harvest(HarvestOptions options) {
        this.options = options;
        this.addresses = new AddressCheck(options.allowPrivate());
    }

    /** Harvests into a new WARC file of the archive folder; {@code progress} receives a line every few seconds. */
    public HarvestSummary run(Consumer<String> progress) throws IOException, InterruptedException {
        long started = System.nanoTime();
        ArchiveHistory history = ArchiveHistory.read(options.archive());
        for (URI seed : options.seeds()) {
            hosts.add(hostKey(seed));
            if (!follows(seed) && !sitemapAddress(seed)) {
                listings.add(withoutQuery(seed));
            }
        }
        ArchiveWriter archive = new ArchiveWriter(options.archive(), options.userAgent());
        try (archive;
                Fetcher fetcher = new Fetcher(
                        options.userAgent(), options.connectTimeout(), options.readTimeout(), options.maxBytes())) {
            for (URI seed : options.seeds()) {
                rulesFor(seed, fetcher, archive);
                enqueue(seed, follows(seed) ? Kind.PAGE : sitemapAddress(seed) ? Kind.SITEMAP : Kind.LISTING);
            }
            long lastReport = System.nanoTime();
            while (!queue.isEmpty()) {
                Task task = queue.poll();
                if (task.kind() == Kind.PAGE && pagesFetched >= options.maxPages()) {
                    continue;
                }
                visit(task, fetcher, archive, history);
                if (System.nanoTime() - lastReport > PROGRESS_EVERY.toNanos()) {
                    lastReport = System.nanoTime();
                    double s = (lastReport - started) / 1e9;
                    progress.accept(String.format(
                            Locale.ROOT,
                            "harvest: done %d, queued %d, %.1f requests/s, errors %d",
                            requests,
                            queue.size(),
                            requests / s,
                            failed));
                }
            }
        }
        HarvestSummary summary = new HarvestSummary(
                archive.file(),
                added,
                changed,
                unchanged,
                gone,
                failed,
                notPages,
                forbidden.size(),
                requests,
                (System.nanoTime() - started) / 1e9,
                failures);
        LOG.info("harvest: {}", summary.console().get(0));
        return summary;
    }

    /** Whether every address {@code host} names is a loopback one: a local test site, no contact needed. */
    public static boolean loopback(String host) {
        return AddressCheck.loopback(host);
    }

    /** Fetches robots.txt of a host once; its sitemaps join the queue. */
    private BaseRobotRules rulesFor(URI uri, Fetcher fetcher, ArchiveWriter archive) throws InterruptedException {
        String host = hostKey(uri);
        BaseRobotRules rules = robots.get(host);
        if (rules != null) {
            return rules;
        }
        URI robotsTxt = URI.create(uri.getScheme() + "://" + uri.getRawAuthority() + "/robots.txt");
        // Until robots.txt has been read, only the operator's delay is known; its Crawl-delay counts from then on.
        Exchange x =
                fetch(robotsTxt, null, fetcher, archive, options.delay() == null ? Duration.ZERO : options.delay());
        rules = x == null
                ? SiteRules.robots(robotsTxt, 503, new byte[0], null)
                : SiteRules.robots(robotsTxt, x.status(), x.body(), x.header("Content-Type"));
        robots.put(host, rules);
        Duration crawlDelay = SiteRules.crawlDelay(rules);
        Duration delay = options.delay() != null
                ? options.delay()
                : crawlDelay != null ? crawlDelay : HarvestOptions.DEFAULT_DELAY;
        delays.put(host, delay);
        pacer.done(host, delay);
        for (String sitemap : rules.getSitemaps()) {
            try {
                URI s = new URI(sitemap);
                if (hosts.contains(hostKey(s))) {
                    enqueue(s, Kind.SITEMAP);
                }
            } catch (java.net.URISyntaxException e) {
                LOG.debug("robots.txt of {} names a sitemap that is no address: {}", host, sitemap);
            }
        }
        return rules;
    }

    private void visit(Task task, Fetcher fetcher, ArchiveWriter archive, ArchiveHistory history)
            throws InterruptedException, IOException {
        URI uri = task.uri();
        if (task.kind() == Kind.PAGE) {
            pagesFetched++;
        }
        Set<String> chain = new HashSet<>();
        chain.add(uri.toString());
        Exchange x;
        for (int hop = 0; ; hop++) {
            ArchiveHistory.Capture earlier = task.kind() == Kind.PAGE ? history.of(uri) : null;
            x = fetch(uri, earlier, fetcher, archive, delays.get(hostKey(uri)));
            if (x == null || !x.redirect()) {
                break;
            }
            URI target = resolve(uri, x.header("Location"));
            String refused = target == null ? "a redirect to no address" : linkRefusal(target, task.kind());
            if (refused == null && hop + 1 > MAX_REDIRECTS) {
                refused = "more than " + MAX_REDIRECTS + " redirects";
            } else if (refused == null && !chain.add(target.toString())) {
                refused = "a redirect loop";
            } else if (refused == null) {
                refused = addresses.refusal(target);
            }
            if (refused != null) {
                fail(task.uri(), refused + (target == null ? "" : " (" + target + ")"));
                return;
            }
            seen.add(target.toString());
            uri = target;
        }
        if (x == null) {
            return;
        }
        switch (task.kind()) {
            case SITEMAP -> sitemap(x);
            case LISTING -> listing(x, archive);
            case PAGE -> page(x, archive, history);
        }
    }

    private void sitemap(Exchange x) {
        if (x.status() / 100 != 2) {
            fail(x.uri(), "sitemap answered " + x.status());
            return;
        }
        try {
            SiteRules.Sitemap map = SiteRules.sitemap(x.uri(), x.body(), x.header("Content-Type"));
            map.sitemaps().forEach(s -> offer(s, Kind.SITEMAP));
            map.pages().forEach(p -> offer(p.uri(), follows(p.uri()) ? Kind.PAGE : Kind.LISTING));
        } catch (IOException e) {
            fail(x.uri(), e.getMessage());
        }
    }

    private void listing(Exchange x, ArchiveWriter archive) throws IOException {
        if (x.status() / 100 != 2 || !x.html()) {
            fail(x.uri(), "listing answered " + x.status() + " " + x.mediaType());
            return;
        }
        PageLinks links = PageLinks.of(x.uri(), x.body());
        metadata(archive, x, links, "listing");
        for (URI link : links.sorted()) {
            offer(link, follows(link) ? Kind.PAGE : Kind.LISTING);
        }
    }

    private void page(Exchange x, ArchiveWriter archive, ArchiveHistory history) throws IOException {
        int status = x.status();
        if (status == 404 || status == 410) {
            gone++;
            return;
        }
        if (status == 304) {
            ArchiveHistory.Capture earlier = history.of(x.uri());
            if (earlier == null) {
                fail(x.uri(), "304 without an earlier capture");
                return;
            }
            unchanged++;
            return;
        }
        if (status / 100 != 2 || x.truncated()) {
            fail(x.uri(), x.truncated() ? "larger than " + options.maxBytes() + " bytes" : "answered " + status);
            return;
        }
        if (!x.html()) {
            notPages++;
            LOG.debug("{}: not a page ({})", x.uri(), x.mediaType());
            return;
        }
        PageLinks links = PageLinks.of(x.uri(), x.body());
        if (links.otherKind()) {
            notPages++;
            metadata(archive, x, links, "other");
            return;
        }
        metadata(archive, x, links, "project");
        ArchiveHistory.Capture earlier = history.of(x.uri());
        if (earlier == null) {
            added++;
        } else if (ArchiveWriter.payloadDigest(x.body()).toString().equals(earlier.payloadDigest())) {
            unchanged++;
        } else {
            changed++;
        }
        for (URI link : links.sorted()) {
            if (follows(link)) {
                offer(link, Kind.PAGE);
            }
        }
    }

    private void metadata(ArchiveWriter archive, Exchange x, PageLinks links, String kind) throws IOException {
        Map<String, List<String>> fields = new LinkedHashMap<>();
        fields.put("idf-ld-kind", List.of(kind));
        fields.put(
                "alternate",
                links.alternates().stream().map(URI::toString).sorted().toList());
        fields.put("outlink", links.sorted().stream().map(URI::toString).toList());
        archive.metadata(x.uri(), x.recordId(), fields);
    }

    /**
     * Sends one request to {@code uri} within the bounds, archives what came back and returns it; null when no
     * usable answer came (the failure is counted). A 304 or an unchanged 200 is archived as a revisit.
     */
    private Exchange fetch(
            URI uri, ArchiveHistory.Capture earlier, Fetcher fetcher, ArchiveWriter archive, Duration delay)
            throws InterruptedException {
        String refused = addresses.refusal(uri);
        if (refused != null) {
            fail(uri, refused);
            return null;
        }
        Map<String, String> conditions = ArchiveHistory.conditions(earlier);
        String host = hostKey(uri);
        for (int attempt = 0; ; attempt++) {
            pacer.await(host);
            Exchange x;
            try {
                requests++;
                x = fetcher.get(uri, conditions);
            } catch (HttpTimeoutException e) {
                pacer.done(host, delay);
                fail(uri, "timed out: " + e.getMessage());
                return null;
            } catch (IOException e) {
                pacer.done(host, delay);
                if (attempt < options.maxRetries()) {
                    Thread.sleep(backoff(attempt).toMillis());
                    continue;
                }
                fail(uri, "no answer: " + e);
                return null;
            }
            pacer.done(host, delay);
            x = archive(x, archive, earlier);
            int status = x.status();
            boolean again = status == 429 || status == 503 || status == 500 || status == 502 || status == 504;
            if (!again) {
                return x;
            }
            Duration wait = retryAfter(x.header("Retry-After"), attempt);
            if (attempt >= options.maxRetries() || wait.compareTo(options.maxWait()) > 0) {
                fail(uri, "answered " + status + " " + (attempt + 1) + " times");
                return null;
            }
            Thread.sleep(Math.max(wait.toMillis(), 0));
        }
    }

    /**
     * Writes the exchange: a revisit when it confirms {@code earlier} (a 304, or a complete 200 with the same
     * payload digest), else a response.
     */
    private static Exchange archive(Exchange x, ArchiveWriter archive, ArchiveHistory.Capture earlier) {
        try {
            boolean same = earlier != null
                    && (x.status() == 304
                            || x.status() == 200
                                    && !x.truncated()
                                    && ArchiveWriter.payloadDigest(x.body())
                                            .toString()
                                            .equals(earlier.payloadDigest()));
            return x.recorded(same ? archive.revisit(x, earlier) : archive.response(x));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException("cannot write the archive " + archive.file(), e);
        }
    }

    /** The Retry-After header (seconds or an HTTP date), else a backoff doubling from 1 s. */
    static Duration retryAfter(String header, int attempt) {
        if (header != null) {
            String h = header.strip();
            if (h.matches("\\d{1,9}")) {
                return Duration.ofSeconds(Long.parseLong(h));
            }
            try {
                Instant at = ZonedDateTime.parse(h, DateTimeFormatter.RFC_1123_DATE_TIME)
                        .toInstant();
                return Duration.between(Instant.now(), at).isNegative()
                        ? Duration.ZERO
                        : Duration.between(Instant.now(), at);
            } catch (DateTimeParseException e) {
                LOG.debug("unreadable Retry-After {}", header);
            }
        }
        return backoff(attempt);
    }

    private static Duration backoff(int attempt) {
        return Duration.ofSeconds(1L << Math.min(attempt, 6));
    }

    /** Queues a link found on a page, listing or sitemap if it may be followed; each address once. */
    private void offer(URI uri, Kind kind) {
        if (kind == Kind.LISTING && !listings.contains(withoutQuery(uri)) || linkRefusal(uri, kind) != null) {
            return;
        }
        enqueue(uri, kind);
    }

    private void enqueue(URI uri, Kind kind) {
        if (seen.add(uri.toString())) {
            BaseRobotRules rules = robots.get(hostKey(uri));
            if (rules != null && !rules.isAllowed(uri.toString())) {
                forbidden.add(uri.toString());
                return;
            }
            queue.add(new Task(uri, kind));
        }
    }

    /** Why a link or redirect target may not be followed, or null: other host, robots.txt, http(s) only. */
    private String linkRefusal(URI uri, Kind kind) {
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https")) {
            return "not http(s)";
        }
        if (uri.getHost() == null || !hosts.contains(hostKey(uri))) {
            return "not on a start host";
        }
        if (kind == Kind.PAGE && !follows(uri)) {
            return "not an address --follow accepts";
        }
        BaseRobotRules rules = robots.get(hostKey(uri));
        if (rules != null && !rules.isAllowed(uri.toString())) {
            forbidden.add(uri.toString());
            return "forbidden by robots.txt";
        }
        return null;
    }

    private boolean follows(URI uri) {
        String s = uri.toString();
        return options.follow().stream().anyMatch(p -> p.matcher(s).matches());
    }

    private static boolean sitemapAddress(URI uri) {
        String path = uri.getPath() == null ? "" : uri.getPath().toLowerCase(Locale.ROOT);
        return path.endsWith(".xml") || path.endsWith(".xml.gz");
    }

    private static String withoutQuery(URI uri) {
        return uri.getScheme() + "://" + uri.getRawAuthority() + (uri.getRawPath() == null ? "" : uri.getRawPath());
    }

    private static String hostKey(URI uri) {
        return (uri.getScheme() + "://" + uri.getRawAuthority()).toLowerCase(Locale.ROOT);
    }

    private static URI resolve(URI base, String location) {
        try {
            return base.resolve(location.strip()).normalize();
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private void fail(URI uri, String reason) {
        failed++;
        if (failures.size() < 20) {
            failures.add(uri + ": " + reason);
        }
        LOG.debug("{}: {}", uri, reason);
    }
}
