package org.w3id.iomidf.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The pages as a real browser renders them: headless Chromium loads each page from the server and prints the
 * DOM after its scripts ran. Chromium must be installed (CI installs it); without it these tests fail.
 */
class BrowserTest {

    @TempDir
    static Path tmp;

    static LinkedDataServer server;
    static Http http;

    @BeforeAll
    static void start() throws Exception {
        server = LinkedDataServer.start(ServeConfig.of(BuildFixture.create(tmp.resolve("build")), 0));
        http = new Http(server.port());
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    /** The DOM Chromium built for {@code path}, after scripts ran. */
    private static Document render(String path) throws IOException, InterruptedException {
        Path profile = Files.createTempDirectory(tmp, "chromium");
        Process p = new ProcessBuilder(List.of(
                        "chromium",
                        "--headless",
                        "--no-sandbox",
                        "--disable-gpu",
                        "--no-first-run",
                        "--disable-background-networking",
                        "--disable-component-update",
                        "--disable-sync",
                        "--user-data-dir=" + profile,
                        "--dump-dom",
                        http.url(path)))
                .redirectError(tmp.resolve("chromium.log").toFile())
                .start();
        byte[] out = p.getInputStream().readAllBytes();
        assertTrue(p.waitFor(60, TimeUnit.SECONDS), "chromium finished");
        assertEquals(0, p.exitValue(), () -> "chromium failed: " + log());
        return Jsoup.parse(new String(out, StandardCharsets.UTF_8), http.url(path));
    }

    private static String log() {
        try {
            return Files.readString(tmp.resolve("chromium.log"));
        } catch (IOException e) {
            return e.toString();
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
    void editorLoadsWithoutNetwork() throws Exception {
        Document d = render("/query");
        assertFalse(d.select("#yasgui *").isEmpty(), "YASGUI built its interface from the jar's script");
        assertTrue(d.body().text().contains("Projects and budget per country"));
    }
}
