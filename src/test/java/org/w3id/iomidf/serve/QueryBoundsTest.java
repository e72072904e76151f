package org.w3id.iomidf.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.apache.jena.rdf.model.Model;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.w3id.iomidf.fixture.ServerExtension;
import org.w3id.iomidf.serve.sparql.Limits;

/**
 * What one query may spend: strings built by CONCAT, REPLACE, GROUP_CONCAT and UCASE stop at the string bound
 * with 400 and the reason; a backtracking regular expression and a cross product running together are both
 * cancelled within a second of the timeout; a query nested too deeply for the engine is a 400, not a 500. The
 * bounded functions keep the standard's answers where no bound is hit. Header and path edge cases of the same
 * hostile corpus are answered without a 500.
 */
class QueryBoundsTest {

    private static final Duration TIMEOUT = Duration.ofSeconds(2);

    @RegisterExtension
    static final ServerExtension served = ServerExtension.of(dir -> BuildFixture.create(dir, data()))
            .config(dir -> new ServeConfig(dir, 0, false, TIMEOUT, 64L << 20));

    static LinkedDataServer server;
    static RawHttp raw;

    private static Model data() {
        Model m = BuildFixture.numbered(2000);
        m.createResource("urn:test:fr").addProperty(m.createProperty("urn:test:label"), "chat noir", "fr");
        return m;
    }

    @BeforeAll
    static void start() {
        server = served.server();
        raw = new RawHttp(server.port());
    }

    static RawHttp.Response query(String query) {
        return raw.get("/sparql?query=" + URLEncoder.encode(query, StandardCharsets.UTF_8), "Accept", "text/csv");
    }

    private static void assertStringBound(String query) {
        RawHttp.Response r = query(query);
        assertEquals(400, r.status(), r::toString);
        assertTrue(r.body().contains(Limits.DEFAULT_MAX_STRING_CHARS + " characters"), r::toString);
    }

    static String doubling(int times) {
        return doubling("aaaaaaaaaaaaaaaa", times);
    }

    /** A query that doubles {@code seed} {@code times} times, one BIND a step, and answers the length. */
    static String doubling(String seed, int times) {
        StringBuilder q = new StringBuilder("SELECT (STRLEN(?a" + times + ") AS ?n) { BIND(\"" + seed + "\" AS ?a0) ");
        for (int i = 0; i < times; i++) {
            q.append("BIND(CONCAT(?a")
                    .append(i)
                    .append(", ?a")
                    .append(i)
                    .append(") AS ?a")
                    .append(i + 1)
                    .append(") ");
        }
        return q.append('}').toString();
    }

    @Test
    void stringsBuiltPastTheBoundStopTheQuery() {
        assertEquals("n\r\n1048576", query(doubling(16)).body().strip(), "exactly at the bound is allowed");
        assertStringBound(doubling(24));
        assertStringBound("SELECT (STRLEN(GROUP_CONCAT(?o)) AS ?n) { ?a ?b ?c . ?s ?p ?o }");
        assertStringBound(
                "SELECT (STRLEN(GROUP_CONCAT(DISTINCT CONCAT(STR(?a), STR(?s)))) AS ?n) { ?a ?b ?c . ?s ?p ?o }");
        assertStringBound("SELECT (STRLEN(REPLACE(?x, \".\", \"" + "y".repeat(200) + "\")) AS ?n) { " + "BIND(CONCAT(\""
                + "x".repeat(1000) + "\", \"" + "x".repeat(9000) + "\") AS ?x) }");
        String spaces = doubling(" ".repeat(16), 15);
        assertEquals("n\r\n524288", query(spaces).body().strip());
        assertStringBound(
                "SELECT (STRLEN(UCASE(ENCODE_FOR_URI(?a15))) AS ?n) " + spaces.substring(spaces.indexOf('{')));
    }

    @Test
    void manyGroupsTogetherStopAtTheQuerysShare() {
        RawHttp.Response r =
                query("SELECT ?a (STRLEN(GROUP_CONCAT(STR(?s))) AS ?n) { ?a ?b ?c . ?s ?p ?o } GROUP BY ?a");
        assertEquals(400, r.status(), r::toString);
        assertTrue(r.body().contains("GROUP_CONCATs hold more than"), r::toString);
    }

    @Test
    void boundedFunctionsKeepTheirMeaning() {
        assertEquals(
                "g\r\nv0|v1|v2|v3|v4|v5|v6|v7|v8|v9",
                query("SELECT (GROUP_CONCAT(DISTINCT ?o; separator=\"|\") AS ?g) { "
                                + "{ SELECT ?o { ?s <urn:test:p> ?o } ORDER BY ?o } }")
                        .body()
                        .strip());
        RawHttp.Response r = raw.get(
                "/sparql?query="
                        + URLEncoder.encode(
                                "SELECT (REPLACE(?l, \"(n)o\", \"$1O\") AS ?r) (CONCAT(?l, \" !\") AS ?c) "
                                        + "(REGEX(?l, \"^CHAT\", \"i\") AS ?m) (GROUP_CONCAT(?l) AS ?g) "
                                        + "{ <urn:test:fr> ?p ?l } GROUP BY ?l",
                                StandardCharsets.UTF_8),
                "Accept",
                "application/sparql-results+json");
        assertEquals(200, r.status(), r::toString);
        assertTrue(r.body().replace(" ", "").contains("\"xml:lang\":\"fr\",\"value\":\"chatnOir\""), r::toString);
        assertTrue(r.body().replace(" ", "").contains("\"value\":\"chatnoir!\""), r::toString);
        assertTrue(r.body().replace(" ", "").contains("boolean\",\"value\":\"true\""), r::toString);
        assertEquals(
                "n\r\n2000",
                query("SELECT (COUNT(*) AS ?n) { ?s <urn:test:p> ?o FILTER(REGEX(?o, \"^v\\\\d$\")) }")
                        .body()
                        .strip());
    }

    @Test
    void backtrackingAndCrossProductsAreCancelledOnTime() throws Exception {
        String backtracking = "ASK { ?s <urn:test:p> ?o FILTER(REGEX(CONCAT(STR(?o), \"" + "a".repeat(40)
                + "b\"), \"(.*a){14}$\")) }";
        String constant = "ASK { FILTER(REGEX(\"" + "a".repeat(40) + "b\", \"(.*a){14}$\")) }";
        String cross = "SELECT (COUNT(*) AS ?n) { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }";
        List<CompletableFuture<long[]>> running = List.of(backtracking, constant, cross).stream()
                .map(q -> CompletableFuture.supplyAsync(() -> {
                    long start = System.nanoTime();
                    RawHttp.Response r = query(q);
                    return new long[] {r.status(), (System.nanoTime() - start) / 1_000_000};
                }))
                .toList();
        for (CompletableFuture<long[]> f : running) {
            long[] statusAndMillis = f.get();
            assertEquals(503, statusAndMillis[0]);
            assertTrue(
                    statusAndMillis[1] < TIMEOUT.toMillis() + 1000,
                    "cancelled " + statusAndMillis[1] + " ms after it started; the timeout is " + TIMEOUT);
        }
        assertEquals(200, query("ASK { ?s ?p ?o }").status(), "the server answers afterwards");
    }

    @Test
    void aQueryTooDeepForTheEngineIsRefused() {
        String unions = "SELECT * {" + String.join("UNION", java.util.Collections.nCopies(9000, "{}")) + "}";
        RawHttp.Response r = raw.postQuery(unions);
        assertEquals(400, r.status(), r::toString);
        assertEquals(200, query("ASK { ?s ?p ?o }").status(), "the server answers afterwards");
    }

    @Test
    void headerAndPathEdgeCases() {
        RawHttp.Response garbled = raw.get("/sparql?query=ASK%7B%7D", "Accept", ";;;");
        assertEquals(200, garbled.status(), garbled::toString);
        for (String path : List.of("/sparql/../dumps/idf-ld.ttl", "/dumps/./idf-ld.ttl", "/dumps/%2e/idf-ld.ttl")) {
            RawHttp.Response r = raw.get(path);
            assertEquals(400, r.status(), path + " -> " + r);
        }
        // an overflowing number reaches past the end of the file: the whole file, or nothing left to start from
        Map<String, Integer> ranges = Map.of(
                "bytes=0-99999999999999999999", 206,
                "bytes=99999999999999999999-", 416,
                "bytes=-99999999999999999999", 206);
        for (Map.Entry<String, Integer> range : ranges.entrySet()) {
            RawHttp.Response r = raw.get("/dumps/idf-ld.ttl", "Range", range.getKey());
            assertEquals(range.getValue(), r.status(), () -> range.getKey() + " -> " + r);
        }
        RawHttp.Response ims = raw.get("/dumps/idf-ld.ttl", "If-Modified-Since", "not a date");
        assertEquals(200, ims.status(), ims::toString);
        RawHttp.Response echo = query("SELECT * { ?s ?p \"<script>alert(1)</script>\" } garbage");
        assertEquals(400, echo.status(), echo::toString);
        assertTrue(echo.header("Content-Type").startsWith("text/plain"), echo::toString);
        assertEquals("nosniff", echo.header("X-Content-Type-Options"), "a quoted query is never read as HTML");
        for (String method : List.of("PROPFIND", "FOO", "TRACE")) {
            RawHttp.Response r = raw.send("127.0.0.1", method + " /health HTTP/1.1", null);
            assertEquals(405, r.status(), method + " -> " + r);
        }
    }
}
