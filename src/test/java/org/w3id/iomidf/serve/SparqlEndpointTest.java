package org.w3id.iomidf.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QueryExecutionFactory;
import org.apache.jena.query.ResultSet;
import org.apache.jena.query.ResultSetFactory;
import org.apache.jena.query.ResultSetRewindable;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdfconnection.RDFConnection;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.ResultSetMgr;
import org.apache.jena.riot.resultset.ResultSetLang;
import org.apache.jena.sparql.resultset.ResultSetCompare;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.w3id.iomidf.fixture.ServerExtension;
import org.w3id.iomidf.serve.http.Format;

/** The SPARQL endpoint over real HTTP: the protocol's three forms, every result format, read-only, CORS. */
class SparqlEndpointTest {

    private static final String SELECT = "PREFIX idf: <https://w3id.org/iom-idf/ontology#> "
            + "SELECT ?p ?b WHERE { ?p a idf:Project ; idf:budgetUSD ?b } ORDER BY ?p";
    private static final String CONSTRUCT = "PREFIX idf: <https://w3id.org/iom-idf/ontology#> "
            + "CONSTRUCT { ?c idf:alpha3 ?a } WHERE { ?c idf:alpha3 ?a }";

    @RegisterExtension
    static final ServerExtension served = ServerExtension.shared(BuildFixture::shared);

    static LinkedDataServer server;
    static Http http;
    static Model data = BuildFixture.data();

    @BeforeAll
    static void start() throws Exception {
        server = served.server();
        http = new Http(server.port());
    }

    private static String q(String query) {
        return URLEncoder.encode(query, StandardCharsets.UTF_8);
    }

    private static ResultSetRewindable local(String query) {
        try (QueryExecution qe = QueryExecutionFactory.create(query, data)) {
            return ResultSetFactory.makeRewindable(qe.execSelect());
        }
    }

    private static void assertSameResults(ResultSetRewindable expected, ResultSet actual) {
        ResultSetRewindable a = ResultSetFactory.makeRewindable(actual);
        boolean same = ResultSetCompare.equalsByValue(expected, a);
        expected.reset();
        a.reset();
        assertTrue(
                same,
                () -> "expected\n" + org.apache.jena.query.ResultSetFormatter.asText(expected) + "\nactual\n"
                        + org.apache.jena.query.ResultSetFormatter.asText(a));
    }

    @Test
    void selectOverGetPostFormAndPostDirectMatchesInProcess() {
        HttpResponse<String> get = http.get("/sparql?query=" + q(SELECT), "Accept", "application/sparql-results+json");
        HttpResponse<String> form = http.method(
                "POST",
                "/sparql",
                "query=" + q(SELECT),
                "Content-Type",
                "application/x-www-form-urlencoded",
                "Accept",
                "application/sparql-results+json");
        HttpResponse<String> direct = http.method(
                "POST",
                "/sparql",
                SELECT,
                "Content-Type",
                "application/sparql-query",
                "Accept",
                "application/sparql-results+json");
        for (HttpResponse<String> r : java.util.List.of(get, form, direct)) {
            assertEquals(200, r.statusCode(), r::body);
            assertSameResults(local(SELECT), parse(r.body(), ResultSetLang.RS_JSON));
        }
    }

    @Test
    void everySelectResultFormat() {
        String[][] formats = {
            {"application/sparql-results+json", "json"},
            {"application/sparql-results+xml", "xml"},
            {"text/csv", "csv"},
            {"text/tab-separated-values", "tsv"}
        };
        for (String[] f : formats) {
            HttpResponse<String> r = http.get("/sparql?query=" + q(SELECT), "Accept", f[0]);
            assertEquals(200, r.statusCode(), r::body);
            assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith(f[0]), f[0]);
            Lang lang =
                    switch (f[1]) {
                        case "json" -> ResultSetLang.RS_JSON;
                        case "xml" -> ResultSetLang.RS_XML;
                        case "csv" -> ResultSetLang.RS_CSV;
                        default -> ResultSetLang.RS_TSV;
                    };
            if (lang == ResultSetLang.RS_CSV) {
                // CSV drops datatypes, so compare the text of each cell.
                assertTrue(r.body().contains("https://example.org/idf/project/MN10P0001,200000"), r.body());
            } else {
                assertSameResults(local(SELECT), parse(r.body(), lang));
            }
        }
    }

    @Test
    void constructAndDescribeInEveryRdfFormat() {
        Model expected;
        try (QueryExecution qe = QueryExecutionFactory.create(CONSTRUCT, data)) {
            expected = qe.execConstruct();
        }
        for (Format f : Format.RDF) {
            HttpResponse<String> r = http.get("/sparql?query=" + q(CONSTRUCT), "Accept", f.mediaType);
            assertEquals(200, r.statusCode(), r::body);
            Model got = ModelFactory.createDefaultModel();
            RDFParser.fromString(r.body(), f.lang()).parse(got);
            assertTrue(expected.isIsomorphicWith(got), () -> f + " differs:\n" + r.body());
            HttpResponse<String> d = http.get(
                    "/sparql?query=" + q("DESCRIBE <" + BuildFixture.BASE + "country/MNG>"), "Accept", f.mediaType);
            assertEquals(200, d.statusCode(), d::body);
            Model described = ModelFactory.createDefaultModel();
            RDFParser.fromString(d.body(), f.lang()).parse(described);
            assertTrue(
                    described.contains(described.createResource(BuildFixture.BASE + "country/MNG"), null, "MNG"),
                    d::body);
        }
    }

    @Test
    void remoteConnectionGetsTheSameAnswersAsInProcess() {
        try (RDFConnection conn = RDFConnection.connect(http.url("/sparql"))) {
            conn.querySelect(SELECT, row -> {});
            try (QueryExecution qe = conn.query(SELECT)) {
                assertSameResults(local(SELECT), qe.execSelect());
            }
            try (QueryExecution qe = conn.query(CONSTRUCT);
                    QueryExecution l = QueryExecutionFactory.create(CONSTRUCT, data)) {
                assertTrue(l.execConstruct().isIsomorphicWith(qe.execConstruct()));
            }
        }
    }

    @Test
    void serviceDescriptionWhenNoQuery() {
        HttpResponse<String> ttl = http.get("/sparql");
        assertEquals(200, ttl.statusCode(), ttl::body);
        assertTrue(ttl.headers().firstValue("Content-Type").orElse("").startsWith("text/turtle"));
        Model sd = ModelFactory.createDefaultModel();
        RDFParser.fromString(ttl.body(), Lang.TURTLE).parse(sd);
        String ns = "http://www.w3.org/ns/sparql-service-description#";
        assertTrue(
                sd.contains(null, sd.createProperty(ns, "endpoint"), sd.createResource(http.url("/sparql"))),
                ttl::body);
        assertTrue(sd.contains(
                null,
                sd.createProperty(ns, "resultFormat"),
                sd.createResource("http://www.w3.org/ns/formats/SPARQL_Results_JSON")));
        assertTrue(sd.contains(null, sd.createProperty(ns, "defaultDataset")));
        HttpResponse<String> jsonld = http.get("/sparql", "Accept", "application/ld+json");
        assertEquals(200, jsonld.statusCode());
        Model sd2 = ModelFactory.createDefaultModel();
        RDFParser.fromString(jsonld.body(), Lang.JSONLD).parse(sd2);
        assertTrue(sd.isIsomorphicWith(sd2));
        HttpResponse<String> head = http.method("HEAD", "/sparql", null);
        assertEquals(200, head.statusCode());
        assertEquals("", head.body());
    }

    @Test
    void noUpdateOrWriteIsAccepted() {
        String update = "INSERT DATA { <urn:x> <urn:y> <urn:z> }";
        HttpResponse<?>[] attempts = {
            http.method("POST", "/sparql", update, "Content-Type", "application/sparql-update"),
            http.method("POST", "/sparql", "update=" + q(update), "Content-Type", "application/x-www-form-urlencoded"),
            http.method("POST", "/sparql/update", update, "Content-Type", "application/sparql-update"),
            http.method("POST", "/update", update, "Content-Type", "application/sparql-update"),
            http.method("PUT", "/sparql?default", "<urn:x> <urn:y> <urn:z> .", "Content-Type", "text/turtle"),
            http.method("POST", "/sparql?default", "<urn:x> <urn:y> <urn:z> .", "Content-Type", "text/turtle"),
            http.method("DELETE", "/sparql?default", null),
            http.method("POST", "/sparql/data", "<urn:x> <urn:y> <urn:z> .", "Content-Type", "text/turtle"),
            http.method("POST", "/$/datasets?dbName=x&dbType=mem", null),
            http.method("PUT", "/project/MN10P0001", "<urn:x> <urn:y> <urn:z> .", "Content-Type", "text/turtle"),
        };
        for (HttpResponse<?> r : attempts) {
            assertTrue(
                    r.statusCode() >= 400 && r.statusCode() < 500,
                    () -> r.request().method() + " " + r.request().uri() + " answered " + r.statusCode());
        }
        HttpResponse<String> ask =
                http.get("/sparql?query=" + q("ASK { <urn:x> ?p ?o }"), "Accept", "application/sparql-results+json");
        assertTrue(ask.body().contains("false"), ask::body);
    }

    @Test
    void answersCarryAnEntityTagAndRepeatsAreNotModified() {
        String path = "/sparql?query=" + q(SELECT);
        HttpResponse<String> first = http.get(path, "Accept", "application/sparql-results+json");
        assertEquals(200, first.statusCode());
        String etag = first.headers().firstValue("ETag").orElseThrow();
        HttpResponse<String> again = http.get(path, "Accept", "application/sparql-results+json");
        assertEquals(first.body(), again.body());
        assertEquals(etag, again.headers().firstValue("ETag").orElse(""));
        HttpResponse<String> same = http.get(path, "Accept", "application/sparql-results+json", "If-None-Match", etag);
        assertEquals(304, same.statusCode());
        assertEquals("", same.body());
        HttpResponse<String> posted = http.method(
                "POST",
                "/sparql",
                SELECT,
                "Content-Type",
                "application/sparql-query",
                "Accept",
                "application/sparql-results+json",
                "If-None-Match",
                "\"other\", " + etag);
        assertEquals(304, posted.statusCode());
        HttpResponse<String> csv = http.get(path, "Accept", "text/csv", "If-None-Match", etag);
        assertEquals(200, csv.statusCode());
        assertTrue(csv.headers().firstValue("Content-Type").orElse("").startsWith("text/csv"), csv::body);
        assertTrue(!etag.equals(csv.headers().firstValue("ETag").orElse(etag)), "CSV and JSON share a tag");
        HttpResponse<String> stale =
                http.get(path, "Accept", "application/sparql-results+json", "If-None-Match", "\"x\"");
        assertEquals(200, stale.statusCode());
        assertEquals(first.body(), stale.body());
    }

    @Test
    void aDirectPostAnsweredFromTheCacheIsTheSameAnswer() {
        String[] headers = {"Content-Type", "application/sparql-query", "Accept", "application/sparql-results+json"};
        HttpResponse<String> first = http.method("POST", "/sparql", SELECT, headers);
        HttpResponse<String> second = http.method("POST", "/sparql", SELECT, headers);
        assertEquals(200, second.statusCode(), second::body);
        assertEquals(first.body(), second.body());
        assertSameResults(local(SELECT), parse(second.body(), ResultSetLang.RS_JSON));
    }

    @Test
    void answersThatMayDifferBetweenRunsAreNeverReplayed() {
        String path = "/sparql?query=" + q("SELECT (RAND() AS ?r) (STRUUID() AS ?u) WHERE {}");
        HttpResponse<String> a = http.get(path, "Accept", "application/sparql-results+json");
        HttpResponse<String> b = http.get(path, "Accept", "application/sparql-results+json");
        assertEquals(200, a.statusCode());
        assertEquals(200, b.statusCode());
        assertTrue(!a.body().equals(b.body()), "a RAND()/STRUUID() answer was replayed: " + a.body());
    }

    /**
     * A refused write whose body arrives after its headers (as clients often send them) must leave the connection
     * usable: the next request on the same connection is answered, not dropped.
     */
    @Test
    void aRefusedBodySentLateKeepsTheConnectionForTheNextRequest() throws Exception {
        String body = "<urn:x> <urn:y> <urn:z> .";
        try (Socket socket = new Socket("localhost", server.port())) {
            socket.setSoTimeout(10_000);
            OutputStream out = socket.getOutputStream();
            out.write(("PUT /sparql?default HTTP/1.1\r\nHost: localhost\r\nContent-Type: text/turtle\r\n"
                            + "Content-Length: " + body.length() + "\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            out.flush();
            Thread.sleep(300);
            out.write(body.getBytes(StandardCharsets.US_ASCII));
            out.write("GET /health HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n"
                    .getBytes(StandardCharsets.US_ASCII));
            out.flush();
            String answers = new String(socket.getInputStream().readAllBytes(), StandardCharsets.ISO_8859_1);
            List<String> statuses = answers.lines()
                    .filter(l -> l.startsWith("HTTP/1.1 "))
                    .map(l -> l.substring(9, 12))
                    .toList();
            assertEquals(2, statuses.size(), answers);
            assertTrue(statuses.get(0).startsWith("4"), answers);
            assertEquals("200", statuses.get(1), answers);
        }
    }

    @Test
    void corsPreflightAndSimpleRequests() {
        HttpResponse<String> pre = http.method(
                "OPTIONS",
                "/sparql",
                null,
                "Origin",
                "https://elsewhere.example",
                "Access-Control-Request-Method",
                "POST",
                "Access-Control-Request-Headers",
                "content-type");
        assertEquals(204, pre.statusCode(), "preflight");
        assertEquals(
                "*", pre.headers().firstValue("Access-Control-Allow-Origin").orElse(""));
        assertTrue(pre.headers()
                .firstValue("Access-Control-Allow-Methods")
                .orElse("")
                .contains("POST"));
        assertTrue(pre.headers()
                .firstValue("Access-Control-Allow-Headers")
                .orElse("")
                .contains("content-type"));
        HttpResponse<String> get = http.get("/sparql?query=" + q(SELECT), "Origin", "https://elsewhere.example");
        assertEquals(200, get.statusCode());
        assertEquals(
                "*", get.headers().firstValue("Access-Control-Allow-Origin").orElse(""));
    }

    @Test
    void badQueryIs400() {
        HttpResponse<String> r = http.get("/sparql?query=" + q("SELECT WHERE {"));
        assertEquals(400, r.statusCode());
    }

    static ResultSet parse(String body, Lang lang) {
        return ResultSetMgr.read(new ByteArrayInputStream(body.getBytes(StandardCharsets.UTF_8)), lang);
    }
}
