package org.w3id.iomidf.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.w3id.iomidf.fixture.ServerExtension;
import org.w3id.iomidf.serve.live.ExampleQueries;

/**
 * The pages as a real browser renders them: headless Chromium loads each page from the server and prints the
 * DOM after its scripts ran. Chromium must be installed (CI installs it); without it these tests fail.
 */
class BrowserTest {

    @TempDir
    static Path tmp;

    @RegisterExtension
    static final ServerExtension served = ServerExtension.shared(BuildFixture::shared);

    static LinkedDataServer server;
    static Http http;

    @BeforeAll
    static void start() throws Exception {
        server = served.server();
        http = new Http(server.port());
    }

    /** The DOM Chromium built for {@code path}, after scripts ran. */
    private static Document render(String path) throws IOException, InterruptedException {
        try (Chromium browser = new Chromium(Files.createTempDirectory(tmp, "chromium"))) {
            browser.open(http.url(path));
            return Jsoup.parse(browser.eval("document.documentElement.outerHTML"), http.url(path));
        }
    }

    @Test
    void projectPageShowsTitleCountriesBudgetAndMarkupAsText() throws Exception {
        Document d = render("/project/MN10P0001");
        assertEquals("Border management in Mongolia", d.title(), "a script in the description did not run");
        assertEquals("Border management in Mongolia", d.selectFirst("h1").text());
        String text = d.body().text();
        assertTrue(text.contains("Mongolia") && d.select("a[href=/country/MNG]").size() > 0, "country linked");
        assertTrue(text.contains("200,000"), "budget shown");
        assertTrue(text.contains("<script>document.title='pwned'</script>"), "script shown as text: " + text);
        assertTrue(text.contains("<b>border</b>"), "markup shown as text");
        assertTrue(
                d.select("script").isEmpty()
                        && d.select("b").isEmpty()
                        && d.select("img").isEmpty(),
                "no element came from the data");
    }

    @Test
    void countryPageListsItsProjects() throws Exception {
        Document d = render("/country/MNG?lang=fr");
        assertEquals("Mongolie", d.selectFirst("h1").text());
        List<String> linked = d.select("table.incoming a[href^=/project/]").eachText();
        assertTrue(linked.contains("Gestion des frontières en Mongolie"), linked::toString);
        assertTrue(linked.contains("Labour migration in Central Asia"), linked::toString);
    }

    @Test
    void aProjectPageHasOneLanguageSwitch() throws Exception {
        for (String lang : List.of("en", "fr", "es")) {
            Document d = render("/project/MN10P0001?lang=" + lang);
            List<Element> switches = d.select("nav").stream()
                    .filter(nav -> List.of("en", "fr", "es").stream()
                            .allMatch(
                                    l -> !nav.select("a[href$=lang=" + l + "]").isEmpty()))
                    .toList();
            assertEquals(1, switches.size(), "in " + lang + ": " + switches);
        }
    }

    @Test
    void editorOpensWithOneTabAndTheExamplesInAMenu() throws Exception {
        ExampleQueries.Example wanted = ExampleQueries.load(BuildFixture.BASE).stream()
                .filter(e -> e.title("en").equals("Projects and budget per country"))
                .findFirst()
                .orElseThrow();
        try (Chromium browser = new Chromium(Files.createTempDirectory(tmp, "chromium"))) {
            browser.open(http.url("/query?lang=en"));
            Chromium.waitFor(() -> "1".equals(browser.eval("document.querySelectorAll('#yasgui .tab').length")));
            assertEquals("1", browser.eval("document.querySelectorAll('#yasgui .tabsList .tab').length"));
            assertEquals("false", browser.eval("document.querySelector('p.pick').hidden"), "the menu is shown");
            String options = browser.eval("Array.from(document.querySelectorAll('#examples option')).length");
            assertEquals(String.valueOf(ExampleQueries.load(BuildFixture.BASE).size() + 1), options);
            browser.eval("var m = document.getElementById('examples'); m.value = Array.from(m.options)"
                    + ".find(function (o) { return o.text === 'Projects and budget per country'; }).value;"
                    + "m.dispatchEvent(new Event('change'))");
            assertEquals(
                    wanted.sparql(),
                    browser.eval("document.querySelector('#yasgui .CodeMirror').CodeMirror.getValue()"),
                    "the example picked is in the tab");
            assertEquals("1", browser.eval("document.querySelectorAll('#yasgui .tabsList .tab').length"));
            assertEquals(
                    "Projects and budget per country",
                    browser.eval("document.querySelector('#yasgui .tabsList .tab.active span').textContent.trim()"));

            browser.open(http.url("/query?query=" + java.net.URLEncoder.encode("ASK {}", "UTF-8")));
            Chromium.waitFor(() -> "1".equals(browser.eval("document.querySelectorAll('#yasgui .tab').length")));
            assertEquals("ASK {}", browser.eval("document.querySelector('#yasgui .CodeMirror').CodeMirror.getValue()"));
        }
    }

    /**
     * A person follows an example link and presses the query button as soon as it shows, on a link slow enough that
     * a query is still under way a second later: the answer table comes (the button stops a query under way, so
     * the editor must not have started one of its own).
     */
    @Test
    void anExampleLinkAnswersWhenThePersonPressesQuery() throws Exception {
        String ask = "SELECT ?project WHERE { ?project a <https://w3id.org/iom-idf/ontology#Project> } LIMIT 3";
        try (Chromium browser = new Chromium(Files.createTempDirectory(tmp, "chromium"))) {
            browser.slowLink(java.time.Duration.ofMillis(1500));
            browser.open(http.url("/query?lang=en&query=" + java.net.URLEncoder.encode(ask, "UTF-8")));
            Chromium.waitFor(
                    () -> "true".equals(browser.eval("!!document.querySelector('#yasgui .yasqe_queryButton')")));
            assertEquals(ask, browser.eval("document.querySelector('#yasgui .CodeMirror').CodeMirror.getValue()"));
            browser.eval("document.querySelector('#yasgui .yasqe_queryButton').click()");
            Chromium.waitFor(
                    () -> "3".equals(browser.eval("document.querySelectorAll('#yasgui .yasr tbody tr').length")));
        }
    }

    @Test
    void editorLoadsWithoutNetwork() throws Exception {
        Document d = render("/query");
        assertFalse(d.select("#yasgui *").isEmpty(), "YASGUI built its interface from the jar's script");
        assertTrue(d.body().text().contains("Projects and budget per country"));
    }
}
