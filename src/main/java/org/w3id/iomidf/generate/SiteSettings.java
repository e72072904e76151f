package org.w3id.iomidf.generate;

import java.nio.file.Path;
import java.util.Objects;

/**
 * What {@link SiteGenerator} is asked for.
 *
 * @param projects how many projects the site publishes (each in one to three languages)
 * @param seed the random seed: the same settings give byte-identical files
 * @param dir the folder the site is written to
 * @param base the site's address, {@code http://127.0.0.1:8080} for instance, without a trailing slash: sitemaps
 *     and robots.txt name absolute addresses
 * @param crawlDelay the Crawl-delay robots.txt asks for, in seconds
 */
public record SiteSettings(int projects, long seed, Path dir, String base, double crawlDelay) {
    public SiteSettings {
        Objects.requireNonNull(dir, "dir");
        Objects.requireNonNull(base, "base");
        if (projects < 1 || crawlDelay < 0) {
            throw new IllegalArgumentException("a site has one project at least and a delay not negative");
        }
        if (!base.matches("https?://[^/]+")) {
            throw new IllegalArgumentException("the site's address is scheme and host only: " + base);
        }
    }
}
