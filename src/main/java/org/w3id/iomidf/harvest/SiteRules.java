package org.w3id.iomidf.harvest;

import crawlercommons.robots.BaseRobotRules;
import crawlercommons.robots.SimpleRobotRulesParser;
import crawlercommons.sitemaps.AbstractSiteMap;
import crawlercommons.sitemaps.SiteMap;
import crawlercommons.sitemaps.SiteMapIndex;
import crawlercommons.sitemaps.SiteMapParser;
import crawlercommons.sitemaps.SiteMapURL;
import crawlercommons.sitemaps.UnknownFormatException;
import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * What a site says about being crawled, read by crawler-commons: its robots.txt as RFC 9309 reads it (the group
 * for our product token, else {@code *}; Allow and Disallow, the longest match winning; Crawl-delay; Sitemap
 * lines) and its sitemaps (a sitemap index or a list of pages, plain or gzip, with {@code lastmod}).
 */
final class SiteRules {
    /** The product token robots.txt groups are matched against. */
    static final String AGENT = "idf-ld";

    private SiteRules() {}

    /** A sitemap read: the pages it lists (with their lastmod, null when absent) and the sitemaps it points to. */
    record Sitemap(List<Listed> pages, List<URI> sitemaps) {}

    record Listed(URI uri, Instant lastModified) {}

    /**
     * The rules of a robots.txt fetched with {@code status}: a 2xx body is parsed; 4xx means no rules (RFC 9309
     * 2.3.1.3); anything else, or no answer, means the site is unreachable and nothing may be fetched (2.3.1.4).
     */
    static BaseRobotRules robots(URI robotsTxt, int status, byte[] body, String contentType) {
        SimpleRobotRulesParser parser = new SimpleRobotRulesParser();
        if (status / 100 == 2) {
            return parser.parseContent(robotsTxt.toString(), body, contentType, List.of(AGENT));
        }
        return parser.failedFetch(status);
    }

    /** The delay robots.txt asks for, or null when it names none. */
    static java.time.Duration crawlDelay(BaseRobotRules rules) {
        long ms = rules.getCrawlDelay();
        return ms == BaseRobotRules.UNSET_CRAWL_DELAY || ms < 0 ? null : java.time.Duration.ofMillis(ms);
    }

    static Sitemap sitemap(URI uri, byte[] body, String contentType) throws IOException {
        SiteMapParser parser = new SiteMapParser(false);
        AbstractSiteMap map;
        try {
            map = parser.parseSiteMap(contentType == null ? "" : contentType, body, uri.toURL());
        } catch (UnknownFormatException e) {
            throw new IOException("not a sitemap: " + uri + ": " + e.getMessage(), e);
        }
        List<Listed> pages = new ArrayList<>();
        List<URI> children = new ArrayList<>();
        if (map instanceof SiteMapIndex index) {
            for (AbstractSiteMap child : index.getSitemaps()) {
                uri(child.getUrl().toString(), children);
            }
        } else if (map instanceof SiteMap list) {
            for (SiteMapURL u : list.getSiteMapUrls()) {
                List<URI> one = new ArrayList<>(1);
                uri(u.getUrl().toString(), one);
                if (!one.isEmpty()) {
                    pages.add(new Listed(
                            one.get(0),
                            u.getLastModified() == null
                                    ? null
                                    : u.getLastModified().toInstant()));
                }
            }
        }
        return new Sitemap(pages, children);
    }

    private static void uri(String s, List<URI> into) {
        try {
            into.add(new URI(s).normalize());
        } catch (URISyntaxException e) {
            // a sitemap entry that is no address is left out, as crawlers do
        }
    }
}
