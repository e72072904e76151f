package org.w3id.iomidf.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.jena.atlas.json.JsonArray;
import org.apache.jena.atlas.json.JsonValue;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.w3id.iomidf.fixture.ServerExtension;

/**
 * The site as a person uses it, in headless Chromium over the real build of the sample: open the landing page,
 * search, narrow the projects by a facet, follow the map to a country, download a dump by its link, run an example
 * in the editor, switch language; every page visited passes axe-core (from npm, run in the same browser) with no
 * serious or critical violation.
 */
class BrowserFlowTest {
    /** axe-core's script, installed from npm into a local folder ({@code .ci/run} does it). */
    static final Path AXE = Path.of(System.getProperty("axe.path", ".tools/node_modules/axe-core/axe.min.js"));

    @TempDir
    static Path out;

    @RegisterExtension
    static final ServerExtension served = ServerExtension.sample();

    static LinkedDataServer server;
    static Http http;
    static String axe;
    /** A browser of its own for each test, so that no test starts where another left off. */
    Chromium browser;

    @BeforeAll
    static void start() throws Exception {
        assertTrue(
                Files.isRegularFile(AXE),
                "axe-core is installed at " + AXE + " (npm install --prefix .tools axe-core)");
        axe = Files.readString(AXE);
        server = served.server();
        http = new Http(server.port());
    }

    @org.junit.jupiter.api.BeforeEach
    void open() throws Exception {
        browser = new Chromium(Files.createTempDirectory(out, "profile"));
    }

    @org.junit.jupiter.api.AfterEach
    void close() {
        browser.close();
    }

    @Test
    void aPersonFindsProjectsWithoutSparql() throws IOException {
        browser.open(http.url("/?lang=en"));
        Chromium.waitFor(() -> browser.eval("document.getElementById('map').getAttribute('data-drawn')") != null);
        accessible("landing page");

        // search from the header
        browser.navigating(
                () -> browser.eval(
                        "document.querySelector('header input[name=q]').value = 'border'; document.querySelector('header form').submit()"));
        assertTrue(browser.eval("location.pathname + location.search").startsWith("/search?lang=en&q=border"));
        assertTrue(Integer.parseInt(browser.eval("document.querySelectorAll('ol.hits li').length")) > 0);
        accessible("search results");

        // narrow the projects by a facet
        browser.open(http.url("/project/?lang=en"));
        int all = Integer.parseInt(browser.eval("document.querySelectorAll('ol.projects li').length"));
        browser.navigating(() -> browser.eval("document.querySelector('section.facet[data-facet=type] li a').click()"));
        assertTrue(browser.eval("location.search").contains("type="));
        int some = Integer.parseInt(browser.eval("document.querySelectorAll('ol.projects li').length"));
        assertTrue(some > 0 && some <= all, some + " of " + all);
        accessible("projects narrowed by type");

        // follow the map to a country: click the middle of the largest shaded country
        browser.open(http.url("/?lang=en"));
        Chromium.waitFor(() -> browser.eval("document.getElementById('map').getAttribute('data-drawn')") != null);
        browser.eval("document.getElementById('map').scrollIntoView()");
        JsonArray point = browser.value(
                        """
                        (function () {
                          var shaded = Array.from(document.querySelectorAll('#map path')).filter(function (p) {
                            var f = p.getAttribute('fill') || '';
                            return /^rgb\\(/.test(f) && f !== 'rgb(0,0,0)' && f !== 'rgb(238,238,238)';
                          }).map(function (p) { return { p: p, r: p.getBoundingClientRect() }; })
                            .sort(function (a, b) { return b.r.width * b.r.height - a.r.width * a.r.height; });
                          for (var i = 0; i < shaded.length; i++) {
                            var r = shaded[i].r, x = r.left + r.width / 2, y = r.top + r.height / 2;
                            if (document.elementFromPoint(x, y) === shaded[i].p) { return [x, y]; }
                          }
                          return null;
                        })()""")
                .getAsArray();
        browser.navigating(() -> browser.clickAt(number(point.get(0)), number(point.get(1))));
        assertTrue(browser.eval("location.pathname").startsWith("/country/"), browser.eval("location.href"));
        accessible("country page");

        // switch language
        browser.navigating(() -> browser.eval("document.querySelector('nav.lang a[href*=\"lang=es\"]').click()"));
        assertEquals("es", browser.eval("document.documentElement.lang"));
        accessible("country page in Spanish");
    }

    @Test
    void aPersonDownloadsADumpAndRunsAnExample() throws IOException {
        Path downloads = Files.createDirectories(out.resolve("downloads"));
        browser.downloadTo(downloads);
        browser.open(http.url("/dumps/?lang=fr"));
        accessible("downloads");
        browser.eval("document.querySelector('a[href=\"/dumps/idf-ld.ttl\"]').click()");
        Path file = downloads.resolve("idf-ld.ttl");
        Chromium.waitFor(() -> Files.isRegularFile(file)
                && sizeOf(file) == sizeOf(served.folder().resolve("dumps/idf-ld.ttl")));
        assertEquals(-1, Files.mismatch(file, served.folder().resolve("dumps/idf-ld.ttl")));

        browser.open(http.url("/?lang=en"));
        browser.navigating(() -> browser.eval("document.querySelector('ul.examples a').click()"));
        Chromium.waitFor(() -> "true".equals(browser.eval("!!document.querySelector('#yasgui .yasqe_queryButton')")));
        browser.eval("document.querySelector('#yasgui .yasqe_queryButton').click()");
        Chromium.waitFor(
                () -> Integer.parseInt(browser.eval("document.querySelectorAll('#yasgui .yasr tbody tr').length")) > 0);
        accessible("editor with results");
    }

    /** Runs axe-core on the open page; fails on any serious or critical violation, naming them. */
    private void accessible(String what) {
        browser.eval(axe);
        JsonValue found = browser.value(
                """
                axe.run(document, { resultTypes: ['violations'] }).then(function (r) {
                  return r.violations.filter(function (v) { return v.impact === 'serious' || v.impact === 'critical'; })
                    .map(function (v) { return v.id + ' (' + v.impact + '): ' + v.nodes.length + ' ' + v.nodes.map(function (n) { return n.target.join(' '); }).slice(0, 3).join(', '); });
                })""");
        assertEquals(
                "[ ]",
                found.toString().replaceAll("\\s+", " ").replace("[ ]", "[ ]").replace("[]", "[ ]"),
                what + ": " + found);
    }

    private static double number(JsonValue v) {
        return v.getAsNumber().value().doubleValue();
    }

    private static long sizeOf(Path p) {
        try {
            return Files.size(p);
        } catch (IOException e) {
            return -1;
        }
    }
}
