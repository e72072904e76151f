package org.w3id.iomidf.serve;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.apache.jena.atlas.json.JSON;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.vocabulary.VOID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.w3id.iomidf.fixture.ServerExtension;
import org.w3id.iomidf.serve.http.Html;
import org.w3id.iomidf.serve.live.ExampleQueries;

/** Downloads, the VoID/DCAT description, the editor and the health check, over real HTTP. */
class DownloadsTest {

    @RegisterExtension
    static final ServerExtension served = ServerExtension.shared(BuildFixture::shared);

    static LinkedDataServer server;
    static Http http;
    static Path dumps;

    @BeforeAll
    static void start() throws Exception {
        dumps = served.folder().resolve("dumps");
        server = served.server();
        http = new Http(server.port());
    }

    @Test
    void dumpsWithTypesLengthsAndChecksums() throws Exception {
        byte[] ttl = Files.readAllBytes(dumps.resolve("idf-ld.ttl"));
        HttpResponse<byte[]> r = http.bytes("/dumps/idf-ld.ttl");
        assertEquals(200, r.statusCode());
        assertArrayEquals(ttl, r.body());
        assertEquals(
                String.valueOf(ttl.length),
                r.headers().firstValue("Content-Length").orElse(""));
        assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("text/turtle"));
        assertEquals(
                "application/gzip",
                http.bytes("/dumps/idf-ld.nt.gz")
                        .headers()
                        .firstValue("Content-Type")
                        .orElse(""));
        String sum = new String(http.bytes("/dumps/idf-ld.ttl.sha256").body());
        assertEquals(BuildFixture.sha256(dumps.resolve("idf-ld.ttl")) + "  idf-ld.ttl", sum.strip());
        String index = http.get("/dumps/").body();
        assertTrue(index.contains("idf-ld.nt.gz"));
        org.jsoup.nodes.Document listing = org.jsoup.Jsoup.parse(index);
        assertTrue(
                listing.select("a[href=/dumps/idf-ld.nt.gz.sha256]").size() == 1
                        && listing.select("a[href=/dumps/idf-ld.nt.gz]").size() == 1,
                "file and checksum file linked: " + index);
        assertTrue(
                listing.select("td").eachText().stream().anyMatch(t -> t.matches("\\d+(\\.\\d)? (B|KB|MB)")),
                "sizes in readable units: " + index);
        assertTrue(listing.select("pre").text().contains("sha256sum -c idf-ld.ttl.sha256"), "how to verify");
        assertTrue(listing.select("pre").text().contains(http.url("/dumps/idf-ld.ttl")), "how to fetch");
        assertEquals(404, http.get("/dumps/nothing.ttl").statusCode());
        assertEquals(400, http.get("/dumps/..%2Frelease.json").statusCode(), "no way out of the dumps folder");
    }

    @Test
    void conditionalAndRangeRequests() throws Exception {
        byte[] ttl = Files.readAllBytes(dumps.resolve("idf-ld.ttl"));
        HttpResponse<byte[]> first = http.bytes("/dumps/idf-ld.ttl");
        String etag = first.headers().firstValue("ETag").orElseThrow();
        String modified = first.headers().firstValue("Last-Modified").orElseThrow();
        assertEquals(304, http.bytes("/dumps/idf-ld.ttl", "If-None-Match", etag).statusCode());
        assertEquals(
                304,
                http.bytes("/dumps/idf-ld.ttl", "If-Modified-Since", modified).statusCode());
        assertEquals(
                200,
                http.bytes("/dumps/idf-ld.ttl", "If-None-Match", "\"other\"").statusCode());
        HttpResponse<byte[]> part = http.bytes("/dumps/idf-ld.ttl", "Range", "bytes=10-19");
        assertEquals(206, part.statusCode());
        assertArrayEquals(Arrays.copyOfRange(ttl, 10, 20), part.body());
        assertEquals(
                "bytes 10-19/" + ttl.length,
                part.headers().firstValue("Content-Range").orElse(""));
        HttpResponse<byte[]> tail = http.bytes("/dumps/idf-ld.ttl", "Range", "bytes=-5");
        assertArrayEquals(Arrays.copyOfRange(ttl, ttl.length - 5, ttl.length), tail.body());
        assertEquals(
                416,
                http.bytes("/dumps/idf-ld.ttl", "Range", "bytes=" + ttl.length + "-")
                        .statusCode());
        assertEquals(
                200,
                http.bytes("/dumps/idf-ld.ttl", "Range", "bytes=0-4", "If-Range", "\"stale\"")
                        .statusCode());
    }

    @Test
    void voidAndDcatNameTheEndpointAtThisServer() {
        for (String path : new String[] {"/.well-known/void", "/dataset"}) {
            HttpResponse<String> r = http.get(path, "Accept", "text/turtle");
            assertEquals(200, r.statusCode(), path);
            Model m = ModelFactory.createDefaultModel();
            RDFParser.fromString(r.body(), Lang.TURTLE).parse(m);
            Resource ds = m.createResource(BuildFixture.BASE + "dataset");
            assertTrue(m.contains(ds, VOID.sparqlEndpoint, m.createResource(http.url("/sparql"))), r::body);
            assertTrue(m.contains(ds, VOID.uriSpace), () -> "the build's description is served: " + r.body());
        }
        assertTrue(http.get("/.well-known/void", "Accept", "application/ld+json")
                .headers()
                .firstValue("Content-Type")
                .orElse("")
                .startsWith("application/ld+json"));
    }

    @Test
    void editorIsServedFromTheJarWithExamples() {
        String editor = http.get("/query").body();
        assertTrue(editor.contains("/editor/yasgui.min.js") && editor.contains("id=\"yasgui\""));
        assertTrue(editor.contains("PREFIX idf:"), "prefixes preloaded");
        String landing = http.get("/").body();
        for (ExampleQueries.Example e : ExampleQueries.load(BuildFixture.BASE)) {
            for (String page : List.of(editor, landing)) {
                assertTrue(page.contains(Html.esc(e.title())), e.title());
            }
        }
        assertTrue(
                org.jsoup.Jsoup.parse(landing).select("ul.examples li").stream()
                        .allMatch(li -> li.selectFirst("a").attr("href").startsWith("/query?lang=en&query=")),
                "each example opens in the editor");
        HttpResponse<byte[]> js = http.bytes("/editor/yasgui.min.js");
        assertEquals(200, js.statusCode());
        assertTrue(js.body().length > 100_000);
        assertEquals(200, http.bytes("/editor/yasgui.min.css").statusCode());
        assertEquals(404, http.bytes("/editor/other.js").statusCode());
    }

    @Test
    void healthAndNoAdminRoutes() {
        HttpResponse<String> h = http.get("/health");
        assertEquals(200, h.statusCode());
        assertEquals("ok", JSON.parse(h.body()).get("status").getAsString().value(), h::body);
        assertTrue(h.body().contains("r1"));
        for (String admin : new String[] {"/$/ping", "/$/stats", "/$/metrics", "/$/datasets", "/$/server"}) {
            assertEquals(404, http.get(admin).statusCode(), admin);
        }
    }
}
