package org.w3id.iomidf.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3id.iomidf.build.Build;
import org.w3id.iomidf.build.BuildOptions;
import org.w3id.iomidf.map.IriMinter;
import org.w3id.iomidf.serve.live.Site;

/**
 * A page whose every text field holds markup (title, description, an unresolved country name, the file name),
 * built by the real parser and build: the data keeps the text as written, and every HTML page shows it as text.
 */
class MarkupTest {

    private static final String SCRIPT = "<script>alert(1)</script>";
    private static final String IMG = "\"><img src=x onerror=alert(2)>";
    private static final String FILE = "TN10P0002-" + IMG.replace("/", "") + "-en.txt";

    @TempDir
    static Path tmp;

    static LinkedDataServer server;
    static RawHttp raw;

    @BeforeAll
    static void start() throws Exception {
        String page = Files.readString(
                        Path.of("src/test/resources/sample/pages/TN10P0002-en.txt"), StandardCharsets.UTF_8)
                .replace(
                        "Education, Training and Knowledge-Sharing on Migration in Tunisia",
                        SCRIPT + IMG + " Education in Tunisia")
                .replace("Description paragraph 1 omitted.", "Para " + SCRIPT + " and " + IMG)
                .replace(
                        "Benefiting Member States\nTunisia",
                        "Benefiting Member States\nTunisia, " + SCRIPT + "Atlantis");
        Path in = Files.createDirectories(tmp.resolve("in"));
        Files.writeString(in.resolve(FILE), page, StandardCharsets.UTF_8);
        Path out = tmp.resolve("out");
        new Build(new BuildOptions(
                        List.of(in),
                        out,
                        IriMinter.DEFAULT_BASE,
                        false,
                        Clock.fixed(Instant.parse("2026-01-01T10:00:00Z"), ZoneOffset.UTC)))
                .run();
        server = LinkedDataServer.start(ServeConfig.of(out, 0));
        raw = new RawHttp(server.port());
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    private static void assertEscaped(RawHttp.Response r) {
        assertEquals(200, r.status(), r::toString);
        assertFalse(r.body().contains("<script>alert") || r.body().contains("<img src=x"), r::toString);
        assertTrue(r.body().contains("&lt;script&gt;alert(1)&lt;/script&gt;"), r::toString);
    }

    @Test
    void markupInEveryFieldIsKeptInTheDataAndEscapedOnPages() {
        RawHttp.Response ttl = raw.get("/project/TN10P0002", "Accept", "application/n-triples");
        assertEquals(200, ttl.status(), ttl::toString);
        for (String field : new String[] {
            "http://purl.org/dc/terms/title",
            "http://purl.org/dc/terms/description",
            Site.ONTOLOGY_NS + "unresolvedBeneficiary"
        }) {
            assertTrue(
                    ttl.body().lines().anyMatch(l -> l.contains("<" + field + ">") && l.contains(SCRIPT)),
                    field + " holds the text as written: " + ttl);
        }
        assertTrue(ttl.body().contains("Atlantis"), "the unknown country is kept as written");
        RawHttp.Response html = raw.get("/project/TN10P0002", "Accept", "text/html");
        assertEscaped(html);
        assertTrue(html.body().contains("&quot;&gt;&lt;img src=x onerror=alert(2)&gt;"), html::toString);
        assertTrue(html.body().contains("&lt;script&gt;alert(1)&lt;/script&gt;Atlantis"), "the unresolved name");
        Matcher source =
                Pattern.compile("href=\"(/page/[0-9a-f]+)(?:\\?[^\"]*)?\"").matcher(html.body());
        assertTrue(source.find(), "the project page links its source page");
        RawHttp.Response sourcePage = raw.get(source.group(1), "Accept", "text/html");
        assertEscaped(sourcePage);
        assertTrue(
                sourcePage
                        .body()
                        .contains(FILE.replace("\"", "&quot;")
                                .replace("<", "&lt;")
                                .replace(">", "&gt;")),
                "the file name, escaped: " + sourcePage);
    }
}
