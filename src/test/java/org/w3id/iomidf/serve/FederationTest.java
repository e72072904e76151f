package org.w3id.iomidf.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.w3id.iomidf.fixture.ServerExtension;
import org.w3id.iomidf.serve.sparql.Federation;

/**
 * No request of a hostile set makes the server send a request anywhere: SERVICE to loopback addresses in all
 * their spellings, to the server itself, to private and metadata addresses, through variables bound by VALUES,
 * BIND and LATERAL, under SILENT, EXISTS, OPTIONAL and subqueries, by GET and by a long POST. Each is refused
 * with 400 naming the allowed list, and a listener on loopback counts zero connections. An allowed endpoint
 * whose host resolves to loopback is refused too.
 */
class FederationTest {

    @TempDir
    static Path tmp;

    @RegisterExtension
    static final ServerExtension served = ServerExtension.shared(BuildFixture::shared);

    static LoopbackListener listener;
    static LoopbackListener listener6;
    static LinkedDataServer server;
    static RawHttp raw;

    @BeforeAll
    static void start() throws Exception {
        listener = new LoopbackListener("127.0.0.1");
        listener6 = new LoopbackListener("::1");
        server = served.server();
        raw = new RawHttp(server.port());
    }

    @AfterAll
    static void stop() throws Exception {
        listener.close();
        listener6.close();
    }

    static List<String> targets() {
        int p = listener.port();
        int s = server.port();
        return List.of(
                "http://127.0.0.1:" + p + "/sparql",
                "http://localhost:" + p + "/",
                "http://[::1]:" + listener6.port() + "/",
                "http://user:secret@127.0.0.1:" + p + "/",
                "http://127.1:" + p + "/",
                "http://2130706433:" + p + "/",
                "http://0x7f000001:" + p + "/",
                "http://0.0.0.0:" + p + "/",
                "http://[::ffff:127.0.0.1]:" + p + "/",
                "http://localhost:" + s + "/sparql",
                "http://127.0.0.1:" + s + "/sparql",
                "https://127.0.0.1:" + p + "/",
                "http://169.254.169.254/latest/meta-data/",
                "http://10.0.0.1/sparql",
                "https://query.wikidata.org/sparql@127.0.0.1:" + p + "/",
                "https://query.wikidata.org/sparql?u=http://127.0.0.1:" + p,
                "https://query.wikidata.org:443/sparql",
                "file:///etc/passwd",
                "gopher://127.0.0.1:" + p + "/_x",
                "ftp://127.0.0.1:" + p + "/");
    }

    static List<String> queries(String target) {
        String t = "<" + target + ">";
        return List.of(
                "SELECT * { SERVICE " + t + " { ?s ?p ?o } }",
                "SELECT * { SERVICE SILENT " + t + " { ?s ?p ?o } }",
                "SELECT * { VALUES ?u { " + t + " } SERVICE ?u { ?s ?p ?o } }",
                "SELECT * { VALUES ?u { " + t + " } SERVICE SILENT ?u { ?s ?p ?o } }",
                "SELECT * { BIND(IRI(\"" + target + "\") AS ?u) SERVICE ?u { ?s ?p ?o } }",
                "SELECT * { VALUES ?i { 1 2 3 } LATERAL { BIND(" + t + " AS ?u) SERVICE ?u { ?s ?p ?o } } }",
                "ASK { FILTER EXISTS { SERVICE " + t + " { ?s ?p ?o } } }",
                "SELECT * { ?x ?y ?z OPTIONAL { SERVICE " + t + " { ?x ?p ?o } } } LIMIT 3",
                "SELECT * { { SELECT ?s { SERVICE " + t + " { ?s ?p ?o } } } }");
    }

    @Test
    void noHostileServiceReachesTheNetwork() {
        List<String> wrong = new ArrayList<>();
        for (String target : targets()) {
            for (String q : queries(target)) {
                RawHttp.Response r = raw.send(
                        "127.0.0.1",
                        "GET /sparql?query=" + URLEncoder.encode(q, StandardCharsets.UTF_8) + " HTTP/1.1",
                        null,
                        "Accept",
                        "application/sparql-results+json");
                if (r.status() != 400 || !r.body().contains(Federation.WIKIDATA)) {
                    wrong.add(q + "\n  -> " + r.status() + " " + r.body().strip());
                }
            }
        }
        assertEquals(List.of(), wrong, "each is refused with 400 naming the allowed list");
        assertEquals(0, listener.connections() + listener6.connections(), "no request reached loopback");
    }

    @Test
    void aLongQueryPostedIsRefusedAlike() {
        String q = "SELECT * { SERVICE <http://127.0.0.1:" + listener.port() + "/reload> { ?s ?p ?o FILTER(?o != \""
                + "x".repeat(3000) + "\") } }";
        RawHttp.Response r = raw.postQuery(q);
        assertEquals(400, r.status(), r::toString);
        assertEquals(0, listener.connections());
    }

    @Test
    void anAllowedEndpointOnLoopbackIsNotCalled() throws Exception {
        String allowed = "http://localhost:" + listener.port() + "/sparql";
        ServeConfig base = ServeConfig.of(BuildFixture.create(tmp.resolve("allowed")), 0);
        ServeConfig config = new ServeConfig(
                base.dir(),
                0,
                false,
                Duration.ofSeconds(5),
                base.maxResultBytes(),
                base.limits(),
                0,
                Federation.with(List.of(allowed)),
                null);
        try (LinkedDataServer s = LinkedDataServer.start(config)) {
            RawHttp r = new RawHttp(s.port());
            for (String q : List.of(
                    "SELECT * { SERVICE <" + allowed + "> { ?s ?p ?o } }",
                    "SELECT * { SERVICE SILENT <" + allowed + "> { ?s ?p ?o } }")) {
                RawHttp.Response answer =
                        r.get("/sparql?query=" + URLEncoder.encode(q, StandardCharsets.UTF_8), "Accept", "text/csv");
                assertEquals(400, answer.status(), answer::toString);
                assertTrue(answer.body().contains("loopback"), answer::toString);
            }
        }
        assertEquals(0, listener.connections(), "the resolved address is checked before connecting");
    }

    @Test
    void nothingOfTheRequestIsReflected() {
        String payload = "alert(document.domain)//";
        RawHttp.Response jsonp = raw.get(
                "/sparql?query=ASK%7B%7D&callback=" + URLEncoder.encode(payload, StandardCharsets.UTF_8),
                "Accept",
                "application/sparql-results+json");
        assertEquals(400, jsonp.status(), jsonp::toString);
        assertFalse(jsonp.body().contains("alert("), jsonp::toString);
        RawHttp.Response xsl = raw.get(
                "/sparql?query=ASK%7B%7D&output=xml&stylesheet=%22%3E%3Cscript%3Ealert(1)%3C/script%3E",
                "Accept", "application/sparql-results+xml");
        assertEquals(400, xsl.status(), xsl::toString);
        assertFalse(xsl.body().contains("<script>"), xsl::toString);
        for (String path : List.of("/sparql", "/.well-known/void", "/dataset")) {
            RawHttp.Response r = raw.send(
                    "127.0.0.1", "GET " + path + " HTTP/1.1", null, "Host", "evil.example", "Accept", "text/turtle");
            assertEquals(200, r.status(), r::toString);
            assertFalse(r.body().contains("evil.example"), path + " copies the Host header: " + r);
        }
        RawHttp.Response sd = raw.get("/sparql", "Accept", "text/turtle");
        assertTrue(sd.body().contains("<http://localhost:" + server.port() + "/sparql>"), sd::toString);
    }

    @Test
    void linksComeFromThePublicUrl() throws Exception {
        ServeConfig base = ServeConfig.of(BuildFixture.create(tmp.resolve("public")), 0);
        ServeConfig config = new ServeConfig(
                base.dir(),
                0,
                false,
                base.queryTimeout(),
                base.maxResultBytes(),
                base.limits(),
                0,
                Federation.DEFAULT,
                "https://data.example.org/idf");
        try (LinkedDataServer s = LinkedDataServer.start(config)) {
            RawHttp r = new RawHttp(s.port());
            RawHttp.Response sd = r.get("/sparql", "Accept", "text/turtle");
            assertTrue(sd.body().contains("<https://data.example.org/idf/sparql>"), sd::toString);
            RawHttp.Response v = r.send(
                    "127.0.0.1",
                    "GET /.well-known/void HTTP/1.1",
                    null,
                    "Host",
                    "evil.example",
                    "Accept",
                    "text/turtle");
            assertTrue(v.body().contains("https://data.example.org/idf/sparql"), v::toString);
            assertFalse(v.body().contains("evil.example"), v::toString);
        }
    }
}
