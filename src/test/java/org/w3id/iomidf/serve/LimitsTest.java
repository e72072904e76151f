package org.w3id.iomidf.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.w3id.iomidf.fixture.ServerExtension;
import org.w3id.iomidf.serve.sparql.Limits;

/**
 * The endpoint's bounds over a generated graph large enough for cross products and unbounded paths to be
 * expensive: answers past the row limit are cut to exactly the limit and say so, expensive queries are stopped,
 * a client past its share of queries is refused with 429 while others are served, oversized requests are refused,
 * and the server answers quickly afterwards.
 */
class LimitsTest {

    private static final Duration TIMEOUT = Duration.ofSeconds(3);
    private static final int ROWS = 1000;
    private static final Limits LIMITS = new Limits(ROWS, 4096, 8192, 4, 5, 7);
    private static final int NODES = 2000;
    private static final String SLOW = "SELECT (COUNT(*) AS ?n) { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }";

    @RegisterExtension
    static final ServerExtension served = ServerExtension.of(dir -> BuildFixture.create(dir, ring()))
            .config(dir -> new ServeConfig(dir, 0, false, TIMEOUT, 64L * 1024 * 1024, LIMITS));

    static LinkedDataServer server;
    static RawHttp raw;

    /** {@code NODES} subjects in a ring through {@code urn:test:next}, each with one of two values. */
    private static Model ring() {
        Model m = ModelFactory.createDefaultModel();
        Property p = m.createProperty("urn:test:p");
        Property next = m.createProperty("urn:test:next");
        for (int i = 0; i < NODES; i++) {
            Resource s = m.createResource("urn:test:s" + i);
            s.addProperty(p, "v" + (i % 2));
            s.addProperty(next, m.createResource("urn:test:s" + ((i + 1) % NODES)));
        }
        return m;
    }

    @BeforeAll
    static void start() {
        server = served.server();
        raw = new RawHttp(server.port());
    }

    static RawHttp.Response query(String from, String query, String accept) {
        return raw.send(
                from,
                "GET /sparql?query=" + URLEncoder.encode(query, StandardCharsets.UTF_8) + " HTTP/1.1",
                null,
                "Accept",
                accept);
    }

    static int csvRows(RawHttp.Response r) {
        return r.body().strip().split("\r\n").length - 1;
    }

    static long triples(RawHttp.Response r) {
        Model m = ModelFactory.createDefaultModel();
        RDFParser.source(new ByteArrayInputStream(r.body().getBytes(StandardCharsets.UTF_8)))
                .lang(Lang.NTRIPLES)
                .parse(m);
        return m.size();
    }

    @Test
    void selectPastTheRowLimitIsCutToExactlyTheLimitAndSaysSo() {
        RawHttp.Response r = query("127.0.0.1", "SELECT * { ?s ?p ?o }", "text/csv");
        assertEquals(200, r.status(), r::toString);
        assertEquals("true; limit=" + ROWS, r.header(Limits.TRUNCATED), r::toString);
        assertEquals(ROWS, csvRows(r));
    }

    @Test
    void answersWithinTheLimitAreNotMarked() {
        RawHttp.Response exact = query("127.0.0.1", "SELECT ?s { ?s <urn:test:p> \"v0\" }", "text/csv");
        assertEquals(200, exact.status(), exact::toString);
        assertNull(exact.header(Limits.TRUNCATED), exact::toString);
        assertEquals(NODES / 2, csvRows(exact));
        RawHttp.Response own = query("127.0.0.1", "SELECT * { ?s ?p ?o } LIMIT 7", "text/csv");
        assertNull(own.header(Limits.TRUNCATED), own::toString);
        assertEquals(7, csvRows(own));
    }

    @Test
    void unboundedPropertyPathIsStoppedByTheRowLimit() {
        RawHttp.Response r = query("127.0.0.1", "SELECT * { ?a (<urn:test:next>|!<urn:test:next>)* ?b }", "text/csv");
        assertEquals(200, r.status(), r::toString);
        assertEquals("true; limit=" + ROWS, r.header(Limits.TRUNCATED));
        assertEquals(ROWS, csvRows(r));
        RawHttp.Response count = query(
                "127.0.0.1",
                "SELECT (COUNT(*) AS ?n) " + "{ ?a (<urn:test:next>|!<urn:test:next>)* ?b . ?c ?d ?e }",
                "text/csv");
        assertEquals(503, count.status(), count::toString);
        assertFastAnswer();
    }

    @Test
    void sortedCrossProductIsStoppedNotRunOutOfMemory() {
        RawHttp.Response r = query(
                "127.0.0.1",
                "SELECT * { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i } ORDER BY ?i ?f ?c",
                "application/sparql-results+json");
        // the sort needs all 6.4e10 rows of the product before its first: far past the timeout, never a 200
        assertEquals(503, r.status(), r::toString);
        assertFalse(r.body().contains("\"bindings\""), "no partial result");
        assertFastAnswer();
    }

    @Test
    void constructAndDescribePastTheLimitAreCutToExactlyTheLimit() {
        RawHttp.Response c =
                query("127.0.0.1", "CONSTRUCT { ?a <urn:test:q> ?d } { ?a ?b ?c . ?d ?e ?f }", "application/n-triples");
        assertEquals(200, c.status(), c::toString);
        assertEquals("true; limit=" + ROWS, c.header(Limits.TRUNCATED));
        assertEquals(ROWS, triples(c));
        RawHttp.Response d = query("127.0.0.1", "DESCRIBE ?s { ?s ?p ?o }", "application/n-triples");
        assertEquals(200, d.status(), d::toString);
        assertEquals("true; limit=" + ROWS, d.header(Limits.TRUNCATED));
        assertEquals(ROWS, triples(d));
        RawHttp.Response small = query("127.0.0.1", "DESCRIBE <urn:test:s1>", "application/n-triples");
        assertNull(small.header(Limits.TRUNCATED), small::toString);
        assertEquals(2, triples(small));
    }

    @Test
    void oneClientPastItsShareGets429WhileOthersAreServed() throws Exception {
        List<CompletableFuture<RawHttp.Response>> slow = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            slow.add(CompletableFuture.supplyAsync(() -> query("127.0.0.1", SLOW, "text/csv")));
        }
        RawHttp.Response refused = (RawHttp.Response) CompletableFuture.anyOf(slow.toArray(CompletableFuture[]::new))
                .get(TIMEOUT.toMillis() / 2, TimeUnit.MILLISECONDS);
        assertEquals(429, refused.status(), refused::toString);
        assertEquals("7", refused.header("Retry-After"));
        RawHttp.Response other = query("127.0.0.2", "ASK { ?s ?p ?o }", "text/csv");
        assertEquals(200, other.status(), "another client is served while the first one is at its limit");
        CompletableFuture<RawHttp.Response> third =
                CompletableFuture.supplyAsync(() -> query("127.0.0.3", SLOW, "text/csv"));
        Thread.sleep(300);
        RawHttp.Response full = query("127.0.0.2", "ASK { ?s ?p \"not asked before\" }", "text/csv");
        assertEquals(503, full.status(), "five queries running is the server's limit");
        assertEquals("7", full.header("Retry-After"));
        RawHttp.Response cached = query("127.0.0.2", "ASK { ?s ?p ?o }", "text/csv");
        assertEquals(200, cached.status(), "an answer kept from before runs no query, so the limit does not apply");
        List<Integer> statuses = new ArrayList<>();
        for (CompletableFuture<RawHttp.Response> f : slow) {
            statuses.add(f.get().status());
        }
        statuses.add(third.get().status());
        assertEquals(1, statuses.stream().filter(s -> s == 429).count(), statuses::toString);
        assertEquals(5, statuses.stream().filter(s -> s == 503).count(), "the others ran to the timeout");
        assertFastAnswer();
    }

    @Test
    void bodyPastTheLimitIs413AndABodyOfUnknownLengthIs411() {
        String big = "SELECT * { ?s ?p ?o } #" + "x".repeat(5000);
        RawHttp.Response r = raw.postQuery(big);
        assertEquals(413, r.status(), r::toString);
        RawHttp.Response chunked = raw.send(
                "127.0.0.1",
                "POST /sparql HTTP/1.1",
                "5\r\nASK{}\r\n0\r\n\r\n".getBytes(StandardCharsets.US_ASCII),
                "Content-Type",
                "application/sparql-query",
                "Transfer-Encoding",
                "chunked");
        assertEquals(411, chunked.status(), chunked::toString);
        String ok = "ASK { ?s ?p ?o }";
        RawHttp.Response small = raw.postQuery(ok, "Accept", "application/sparql-results+json");
        assertEquals(200, small.status(), small::toString);
    }

    @Test
    void uriAndHeadersPastTheLimitAre414And431() {
        RawHttp.Response longUri = query("127.0.0.1", "ASK { ?s ?p \"" + "x".repeat(9000) + "\" }", "text/csv");
        assertEquals(414, longUri.status(), longUri::toString);
        RawHttp.Response bigHeader = raw.get("/sparql?query=ASK%7B%7D", "Accept", "text/csv," + "x/y,".repeat(25000));
        assertEquals(431, bigHeader.status(), bigHeader::toString);
        assertFastAnswer();
    }

    private static void assertFastAnswer() {
        long start = System.nanoTime();
        RawHttp.Response r = query("127.0.0.9", "ASK { <urn:test:s1> ?p ?o }", "application/sparql-results+json");
        long ms = (System.nanoTime() - start) / 1_000_000;
        assertEquals(200, r.status(), r::toString);
        assertTrue(r.body().contains("true"), r::toString);
        assertTrue(ms < 1000, "answered in " + ms + " ms");
    }
}
