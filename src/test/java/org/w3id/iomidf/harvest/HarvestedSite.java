package org.w3id.iomidf.harvest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.w3id.iomidf.country.Gazetteer;
import org.w3id.iomidf.generate.GeneratedSite;
import org.w3id.iomidf.generate.SiteGenerator;
import org.w3id.iomidf.generate.SiteServer;
import org.w3id.iomidf.generate.SiteSettings;

/**
 * A generated copy of the Fund's site, served by a misbehaving server on a loopback port, and the archive of one
 * harvest of it; made once per test run and shared, since a polite harvest takes seconds.
 */
final class HarvestedSite {
    /** The Crawl-delay of the site's robots.txt, in seconds. */
    static final double CRAWL_DELAY = 0.1;

    private static HarvestedSite shared;

    final SiteServer server;
    final GeneratedSite site;
    final Path archive;
    final HarvestSummary first;
    /** How many requests the server had seen when the first harvest ended. */
    final int requestsAfterFirst;

    private HarvestedSite(Path root) throws IOException, InterruptedException {
        server = SiteServer.start(root.resolve("site"), 0, true);
        site = new SiteGenerator(Gazetteer.load())
                .generate(new SiteSettings(12, 8, root.resolve("site"), server.base(), CRAWL_DELAY));
        server.failFirst(site.en().get(0), 500, null, 1);
        server.failFirst(site.en().get(1), 429, "1", 1);
        server.charset(site.fr().get(0), "iso-8859-1");
        archive = root.resolve("archive");
        first = new Harvest(options(server.base(), archive)).run(line -> {});
        requestsAfterFirst = server.requests().size();
    }

    static synchronized HarvestedSite get() {
        if (shared == null) {
            try {
                Path root = Files.createTempDirectory("idf-ld-harvest");
                root.toFile().deleteOnExit();
                shared = new HarvestedSite(root);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        return shared;
    }

    /** Loopback allowed, a 1 s read timeout and a 1 MB size bound: the traps fail fast. */
    static HarvestOptions options(String base, Path archive) {
        return HarvestOptions.of(
                        List.of(URI.create(base + "/projects")), archive, HarvestOptions.userAgent("test", null))
                .withPrivate(true)
                .withBounds(1000, Duration.ofSeconds(1), 1_000_000);
    }

    /** Project pages on the site. */
    int pages() {
        return site.pages();
    }

    List<SiteServer.Request> firstRequests() {
        return server.requests().subList(0, requestsAfterFirst);
    }
}
