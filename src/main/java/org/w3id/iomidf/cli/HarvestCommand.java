package org.w3id.iomidf.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import org.slf4j.LoggerFactory;
import org.w3id.iomidf.harvest.Harvest;
import org.w3id.iomidf.harvest.HarvestOptions;
import org.w3id.iomidf.harvest.HarvestSummary;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code idf-ld harvest URL... --out ARCHIVE}: fetches the Fund's pages into a WARC archive, politely, for
 * {@code build ARCHIVE} to read.
 *
 * <pre>
 * java -jar idf-ld.jar harvest https://www.iom.int/sitemap.xml --out archive --contact mailto:data@example.org
 * java -jar idf-ld.jar build archive --out site
 * </pre>
 */
@Command(
        name = "harvest",
        mixinStandardHelpOptions = true,
        description = {
            "Crawls from the given addresses (a site root, a listing page or a sitemap) and appends everything "
                    + "fetched to a new WARC 1.1 file in ARCHIVE (request, response, revisit and metadata records, one "
                    + "gzip member each; old files are never rewritten).",
            "Obeys robots.txt (RFC 9309) and its Crawl-delay, reads sitemaps (index, gzip, lastmod), follows links "
                    + "only on the start hosts and only to addresses a --follow pattern accepts (and to further pages "
                    + "of a start listing). One request at a time per host. A second harvest into the same ARCHIVE "
                    + "sends conditional requests and records unchanged pages as revisits.",
            "Exit codes: 0 harvested, nothing failed; 1 harvested, but some pages failed (see the summary); "
                    + "2 wrong usage; 3 nothing usable was fetched (site down, robots.txt forbids everything): "
                    + "nothing to build from."
        })
final class HarvestCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "URL", description = "Start addresses (http or https).")
    List<String> seeds;

    @Option(names = "--out", required = true, paramLabel = "ARCHIVE", description = "The archive folder.")
    Path out;

    @Option(
            names = "--contact",
            paramLabel = "URL_OR_MAIL",
            description = "Who runs this harvest (a web address or mailto:), sent in the User-Agent; required "
                    + "unless every start host is loopback.")
    String contact;

    @Option(
            names = "--follow",
            paramLabel = "REGEX",
            description = "Addresses to follow, matched against the whole address (repeatable; default: the "
                    + "Fund's project pages, /project/<slug>, /fr/node/<id>, /es/node/<id>, /node/<id>).")
    List<String> follow;

    @Option(
            names = "--delay",
            paramLabel = "SECONDS",
            description = "Pause between two requests to one host (default: the host's Crawl-delay, else 1).")
    Double delay;

    @Option(
            names = "--max-pages",
            paramLabel = "N",
            defaultValue = "100000",
            description = "The most pages to fetch (default: ${DEFAULT-VALUE}).")
    int maxPages;

    @Option(
            names = "--timeout",
            paramLabel = "SECONDS",
            defaultValue = "30",
            description = "The longest one response may take (default: ${DEFAULT-VALUE}).")
    double timeout;

    @Option(
            names = "--max-bytes",
            paramLabel = "N",
            defaultValue = "" + HarvestOptions.DEFAULT_MAX_BYTES,
            description = "The largest response kept whole (default: ${DEFAULT-VALUE}).")
    long maxBytes;

    @Option(
            names = "--allow-private",
            description = "Allow loopback and private addresses (a local copy of a site, tests). "
                    + "Link-local addresses are refused even then.")
    boolean allowPrivate;

    @Override
    public Integer call() throws InterruptedException {
        PrintWriter stderr = spec.commandLine().getErr();
        HarvestOptions options;
        try {
            options = options();
        } catch (IllegalArgumentException e) {
            stderr.println("idf-ld harvest: " + e.getMessage());
            stderr.flush();
            return Main.USAGE;
        }
        try {
            HarvestSummary summary = new Harvest(options).run(line -> {
                stderr.println(line);
                stderr.flush();
            });
            PrintWriter stdout = spec.commandLine().getOut();
            summary.console().forEach(stdout::println);
            summary.failures().stream().limit(5).forEach(f -> stdout.println("  failed: " + f));
            stdout.flush();
            if (!summary.usable()) {
                stderr.println("idf-ld harvest: nothing usable was fetched (no project page new, changed or "
                        + "unchanged); nothing to build from");
                stderr.flush();
                return Main.FAILURE;
            }
            return summary.failed() > 0 ? Main.INPUT_PROBLEMS : Main.OK;
        } catch (IOException | java.io.UncheckedIOException e) {
            LoggerFactory.getLogger(HarvestCommand.class).debug("harvest failed", e);
            stderr.println("idf-ld harvest: " + e.getMessage());
            stderr.flush();
            return Main.FAILURE;
        }
    }

    /** The options, checked; an IllegalArgumentException says what is wrong. */
    HarvestOptions options() {
        List<URI> uris = new ArrayList<>();
        for (String s : seeds) {
            try {
                uris.add(new URI(s));
            } catch (URISyntaxException e) {
                throw new IllegalArgumentException("not an address: " + s);
            }
        }
        boolean local = uris.stream().allMatch(u -> u.getHost() != null && Harvest.loopback(u.getHost()));
        if ((contact == null || contact.isBlank()) && !local) {
            throw new IllegalArgumentException("--contact is required: a site's operators must be able to reach "
                    + "whoever harvests it (a web address or mailto:)");
        }
        List<Pattern> patterns = new ArrayList<>();
        if (follow == null || follow.isEmpty()) {
            patterns.add(HarvestOptions.FUND_PAGES);
        } else {
            for (String f : follow) {
                try {
                    patterns.add(Pattern.compile(f));
                } catch (PatternSyntaxException e) {
                    throw new IllegalArgumentException("--follow " + f + ": " + e.getDescription());
                }
            }
        }
        if (timeout <= 0 || (delay != null && delay < 0)) {
            throw new IllegalArgumentException("--timeout must be positive and --delay not negative");
        }
        String version = Main.class.getPackage().getImplementationVersion();
        HarvestOptions o = HarvestOptions.of(
                        uris, out, HarvestOptions.userAgent(version == null ? "dev" : version, contact))
                .withFollow(patterns)
                .withPrivate(allowPrivate)
                .withBounds(maxPages, Duration.ofMillis((long) (timeout * 1000)), maxBytes);
        return delay == null ? o : o.withDelay(Duration.ofMillis((long) (delay * 1000)));
    }
}
