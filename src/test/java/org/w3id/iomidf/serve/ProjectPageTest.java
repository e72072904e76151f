package org.w3id.iomidf.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3id.iomidf.build.Build;
import org.w3id.iomidf.build.BuildOptions;
import org.w3id.iomidf.map.IriMinter;
import org.w3id.iomidf.release.Credits;

/**
 * What a reader sees on a project page and around the site, over HTTP from a real build of one project's two pages
 * (one with a known web address) made with a publisher and two creators: one language switch, the build named in
 * words, the sources linked to the web where their address is known, a citation of the public base IRI naming who
 * made and published the data, and an icon. A second server, on a build that names nobody, cites plain "idf-ld".
 */
class ProjectPageTest {

    private static final String WEB = "https://developmentfund.iom.int/projects/education-training-tunisia";
    private static final String PUBLISHER = "Migration Data Observatory";

    @TempDir
    static Path tmp;

    static Path out;
    static LinkedDataServer server;
    static LinkedDataServer anonymous;
    static Http http;
    static Http plain;

    @BeforeAll
    static void start() throws Exception {
        Path in = Files.createDirectories(tmp.resolve("in"));
        for (String page : List.of("TN10P0002-en.txt", "TN10P0002-en-devfund.txt")) {
            Files.copy(SampleSite.SAMPLE.resolve("pages").resolve(page), in.resolve(page));
        }
        out = tmp.resolve("out");
        new Build(new BuildOptions(
                        List.of(in),
                        out,
                        IriMinter.DEFAULT_BASE,
                        false,
                        Clock.fixed(Instant.parse("2026-03-01T10:00:00Z"), ZoneOffset.UTC),
                        BuildOptions.DEFAULT_MIN_SHARE,
                        Map.of("TN10P0002-en.txt", WEB),
                        new Credits(PUBLISHER, List.of("Ana Pérez", "Jean Dupont")),
                        BuildOptions.KEEP_ALL))
                .run();
        server = LinkedDataServer.start(ServeConfig.of(out, 0));
        http = new Http(server.port());
        anonymous = LinkedDataServer.start(ServeConfig.of(BuildFixture.create(tmp.resolve("fixture")), 0));
        plain = new Http(anonymous.port());
    }

    @AfterAll
    static void stop() {
        server.close();
        anonymous.close();
    }

    private static Document html(Http on, String path) {
        HttpResponse<String> r = on.get(path, "Accept", "text/html");
        assertEquals(200, r.statusCode(), r::body);
        return Jsoup.parse(r.body(), on.url(path));
    }

    @Test
    void everyPageHasOneLanguageSwitch() {
        for (String lang : List.of("en", "fr", "es")) {
            for (String path : List.of("/project/TN10P0002", "/country/TUN", "/", "/query", "/dataset/build")) {
                Document d = html(http, path + "?lang=" + lang);
                assertEquals(1, d.select("nav.lang").size(), path + " in " + lang + ": " + d.select("nav.lang"));
                assertEquals(List.of("en", "fr", "es"), d.select("a[lang]").eachAttr("lang"), path + " in " + lang);
            }
        }
    }

    @Test
    void theBuildIsNamedInTheReadersLanguage() {
        Map<String, String> expected = Map.of(
                "en", "idf-ld build of 2026-03-01",
                "fr", "construction idf-ld du 2026-03-01",
                "es", "compilación idf-ld del 2026-03-01");
        expected.forEach((lang, name) -> {
            Document d = html(http, "/project/TN10P0002?lang=" + lang);
            Element made = d.selectFirst("table.facts a[href=/dataset/build]");
            assertNotNull(made, d::outerHtml);
            assertEquals(name, made.text());
        });
        Document build = html(http, "/dataset/build?lang=en");
        assertEquals("idf-ld build of 2026-03-01", build.selectFirst("h1").text());
        assertEquals(
                PUBLISHER,
                build.selectFirst("table.facts a[href=/dataset/publisher]").text());
    }

    @Test
    void sourcesLinkTheWebPageWhereItIsKnownAndShowOtherFileNamesAsText() {
        for (String lang : List.of("en", "fr", "es")) {
            Document d = html(http, "/project/TN10P0002?lang=" + lang);
            List<Element> rows = d.select("table.sources tbody tr");
            assertEquals(2, rows.size(), d.select("table.sources").outerHtml());
            Element devfund = rows.get(0);
            Element site = rows.get(1);
            assertEquals("TN10P0002-en-devfund.txt", devfund.selectFirst("td").text());
            assertTrue(devfund.selectFirst("td").select("a").isEmpty(), "a file name is no address: " + devfund);
            assertTrue(devfund.select("a[href^=http]").isEmpty(), devfund::outerHtml);
            assertEquals("TN10P0002-en.txt", site.selectFirst("td").text());
            assertEquals(1, site.select("a[href=" + WEB + "]").size(), site::outerHtml);
            for (Element row : rows) {
                assertEquals(1, row.select("a[href^=/page/]").size(), "what the page said: " + row);
            }
            assertEquals(
                    Map.of("en", "English", "fr", "anglais", "es", "inglés").get(lang),
                    site.select("td").get(1).text(),
                    "the page's language, named");
            assertTrue(
                    d.select("table.facts a[href^=/page/]").isEmpty(),
                    "the sources are listed once, in their own table: " + d.select("table.facts"));
        }
    }

    @Test
    void theCitationNamesCreatorsAndPublisherAndTheBaseNeverTheServersAddress() throws Exception {
        Document en = html(http, "/?lang=en");
        String cite = en.selectFirst("cite").text();
        assertEquals(
                "Ana Pérez; Jean Dupont. IOM Development Fund projects as linked data, release "
                        + releaseId() + " (2026-03-01). Published by " + PUBLISHER
                        + ". https://w3id.org/iom-idf/. ODC-BY 1.0.",
                cite);
        assertFalse(cite.contains("localhost") || cite.contains("127.0.0.1"), cite);
        assertTrue(html(http, "/?lang=fr").selectFirst("cite").text().contains("Publié par " + PUBLISHER));
        assertTrue(html(http, "/?lang=es").selectFirst("cite").text().contains("Publicado por " + PUBLISHER));
    }

    @Test
    void aBuildNamingNobodyIsCitedAsIdfLdAtItsBase() {
        String cite = html(plain, "/?lang=en").selectFirst("cite").text();
        assertEquals(
                "IOM Development Fund projects as linked data, release r1 (r1). Published by idf-ld. "
                        + BuildFixture.BASE + ". ODC-BY 1.0.",
                cite);
    }

    @Test
    void theSiteHasAnIconLinkedFromEveryPage() {
        HttpResponse<byte[]> ico = http.bytes("/favicon.ico");
        assertEquals(200, ico.statusCode());
        assertEquals("image/x-icon", ico.headers().firstValue("Content-Type").orElse(""));
        byte[] b = ico.body();
        assertTrue(b.length > 22 && b[0] == 0 && b[1] == 0 && b[2] == 1 && b[3] == 0, "an ICO file");
        HttpResponse<byte[]> svg = http.bytes("/favicon.svg");
        assertEquals(200, svg.statusCode());
        assertTrue(svg.headers().firstValue("Content-Type").orElse("").startsWith("image/svg+xml"));
        for (String path : List.of("/", "/project/TN10P0002", "/project/", "/query", "/search?q=border", "/dumps/")) {
            Document d = html(http, path);
            assertEquals(
                    List.of("/favicon.svg", "/favicon.ico"),
                    d.select("head link[rel=icon]").eachAttr("href"),
                    path);
        }
    }

    /** The live release's id, as the build folder names it. */
    private static String releaseId() throws java.io.IOException {
        return Files.readSymbolicLink(out.resolve("current")).getFileName().toString();
    }
}
