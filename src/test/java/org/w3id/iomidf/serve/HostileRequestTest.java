package org.w3id.iomidf.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.Map;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.vocabulary.DCTerms;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.w3id.iomidf.fixture.ServerExtension;

/**
 * Requests written to break out of a folder, confuse path decoding, overload content negotiation or reach a
 * query: each gets a clean 4xx (or the safe default), never a 500, a stack trace or a file it should not.
 */
class HostileRequestTest {

    @RegisterExtension
    static final ServerExtension served = ServerExtension.of(dir -> BuildFixture.create(dir, data()));

    static LinkedDataServer server;
    static RawHttp raw;
    static long triples;

    /** The fixture with one project whose IRI holds a percent-encoded character. */
    private static Model data() {
        Model m = BuildFixture.data();
        m.createResource(BuildFixture.BASE + "project/caf%C3%A9-2020").addProperty(DCTerms.title, "Café", "fr");
        return m;
    }

    @BeforeAll
    static void start() {
        triples = data().size();
        server = served.server();
        raw = new RawHttp(server.port());
    }

    private static void assertClean(RawHttp.Response r) {
        assertTrue(r.status() < 500, r::toString);
        assertFalse(r.body().contains("at org.") || r.body().contains("Exception"), r::toString);
        assertFalse(r.body().contains("\"triples\"") || r.body().contains("tdb.lock"), r::toString);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "/dumps/../release.json",
                "/dumps/../tdb2/",
                "/dumps/%2e%2e/release.json",
                "/dumps/..%2f..%2frelease.json",
                "/dumps/%2e%2e%2f%2e%2e%2frelease.json",
                "/dumps/..%5c..%5crelease.json",
                "/dumps/..\\..\\release.json",
                "/dumps/idf-ld.ttl%00.sha256",
                "/dumps//etc/passwd",
                "/dumps/%2fetc%2fpasswd",
                "/dumps/%252e%252e%252frelease.json",
                "/dumps/.%2e/current/release.json",
                "/dumps/%c0%ae%c0%ae/release.json",
                "/dumps/../../../../etc/passwd"
            })
    void traversalOutOfTheDumpsFolderIsRefused(String target) {
        RawHttp.Response r = raw.get(target);
        assertTrue(r.status() >= 400, r::toString);
        assertClean(r);
        assertFalse(r.body().contains("root:"), r::toString);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "/project/a%2Fb",
                "//project/MN10P0001",
                "/project//MN10P0001",
                "/project\\MN10P0001",
                "/project/%5cMN10P0001",
                "/project/%00",
                "/project/MN10P0001%00.ttl",
                "/country/%C0%AE%C0%AE",
                "/country/%FF",
                "/country/%E9",
                "/project/%zz",
                "/project/%",
                "/project/./MN10P0001",
                "/project/../country/MNG",
                "/project/%2e%2e/country/MNG",
                "/project/MN10P0001%0d%0aSet-Cookie:%20x=y"
            })
    void malformedResourcePathsAreRefused(String target) {
        RawHttp.Response r = raw.get(target, "Accept", "text/html");
        assertEquals(400, r.status(), r::toString);
        assertClean(r);
        assertFalse(r.headers().contains("Set-Cookie"), r::toString);
    }

    @Test
    void nonAsciiAndPercentEncodedKeysAnswerForTheMintedIri() {
        for (String target : new String[] {"/project/caf%C3%A9-2020", "/project/caf%c3%a9-2020"}) {
            RawHttp.Response r = raw.get(target, "Accept", "text/turtle");
            assertEquals(200, r.status(), r::toString);
            assertTrue(r.body().contains("project/caf%C3%A9-2020"), r::toString);
        }
        RawHttp.Response unknown = raw.get("/country/%C3%A9", "Accept", "text/html");
        assertEquals(404, unknown.status(), unknown::toString);
        assertClean(unknown);
    }

    @Test
    void injectionThroughThePathReachesNoQuery() {
        // a key that decodes to characters of a query is only an unknown resource; an encoded slash is refused
        Map<String, Integer> attempts = Map.of(
                "/project/x%3E%20%7D%20;%20DROP%20ALL%20%23", 404,
                "/project/x%3E%20?p%20?o%20%7D%20UNION%20%7B%20?s%20?p%20?o", 404,
                "/project/MN10P0001%22%20.%20%7D%20%23", 404,
                "/project/%3Chttp:%2F%2Fevil%3E", 400);
        for (Map.Entry<String, Integer> attempt : attempts.entrySet()) {
            RawHttp.Response r = raw.get(attempt.getKey(), "Accept", "text/turtle");
            assertEquals(attempt.getValue(), r.status(), () -> attempt.getKey() + " -> " + r);
            assertClean(r);
            assertFalse(r.body().contains("MN10P0001") && r.status() == 200, r::toString);
        }
        RawHttp.Response count =
                raw.get("/sparql?query=SELECT%20(COUNT(*)%20AS%20?n)%20%7B?s%20?p%20?o%7D", "Accept", "text/csv");
        assertTrue(count.body().contains(Long.toString(triples)), "the data is unchanged: " + count);
    }

    @Test
    void pageAndLangParametersAreCheckedNotPasted() {
        for (String bad : new String[] {"-1", "0", "99999999999", "abc", "1%20OFFSET%200", "2147483647", ""}) {
            RawHttp.Response r = raw.get("/country/MNG?page=" + bad, "Accept", "text/html");
            assertEquals(400, r.status(), () -> bad + " -> " + r);
            assertClean(r);
        }
        RawHttp.Response last = raw.get("/country/MNG?page=2", "Accept", "text/html");
        assertEquals(404, last.status(), "one page of links only: " + last);
        RawHttp.Response lang =
                raw.get("/project/MN10P0001?lang=%22%3E%3Cscript%3Ealert(1)%3C/script%3E", "Accept", "text/html");
        assertEquals(200, lang.status(), lang::toString);
        assertTrue(lang.body().contains("<html lang=\"en\">"), "the default language");
        assertFalse(lang.body().contains("<script>alert"), lang::toString);
    }

    @Test
    void hugeAndGarbledAcceptHeaders() {
        RawHttp.Response huge =
                raw.get("/project/MN10P0001", "Accept", "text/html;q=0.5," + "a/b;q=0.1,".repeat(10000));
        assertEquals(431, huge.status(), huge::toString);
        RawHttp.Response many = raw.get("/project/MN10P0001", "Accept", "a/b;q=0.1,".repeat(1000) + "text/turtle");
        assertEquals(406, many.status(), "only the first 64 media ranges are read: " + many);
        assertClean(many);
        // a range of a type and a subtype (RFC 9110 tokens) is read (a malformed quality counts as 1); malformed
        // ranges (no type, no subtype, characters no token has) are skipped, and a header left with none gets the
        // default
        Map<String, Integer> garbled = Map.of(
                ";;;,*/*;q=abc", 200,
                ",,,", 200,
                "/", 200,
                "*/", 200,
                "text/;q=", 200,
                "\u00ff\u00fe/\u00fd", 200,
                "text/x-unknown", 406,
                "text/html;q=1e400", 200,
                "text/html;q=NaN", 200,
                "text/turtle;q=-1,*/*;q=0.1", 200);
        Map<String, Integer> answered = new HashMap<>();
        for (String garbage : garbled.keySet()) {
            RawHttp.Response r = raw.get("/project/MN10P0001", "Accept", garbage);
            answered.put(garbage, r.status());
            assertClean(r);
        }
        assertEquals(garbled, answered);
        RawHttp.Response malformedQ = raw.get("/project/MN10P0001", "Accept", ";;;,*/*;q=abc");
        assertEquals(200, malformedQ.status(), "a malformed quality is ignored: " + malformedQ);
        assertTrue(malformedQ.body().contains("<!DOCTYPE html>"), "the default format");
        RawHttp.Response sparql = raw.get("/sparql?query=ASK%7B%7D", "Accept", ";;;,*/*;q=abc");
        assertClean(sparql);
    }

    /**
     * What Jetty refuses before any servlet sees it (an unreadable header, a malformed Host, form content that is not
     * form content) is answered in short plain text: no markup echoing the request, no Java name.
     */
    @Test
    void errorsJettyAnswersItselfArePlainText() {
        byte[] form = "query=%".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        java.util.List<RawHttp.Response> answers = java.util.List.of(
                raw.get("/project/MN10P0001", "X-Bad", "\u0001"),
                raw.get("/project/MN10P0001", "Host", "a b"),
                raw.send(
                        "127.0.0.1",
                        "POST /sparql HTTP/1.1",
                        form,
                        "Content-Type",
                        "application/x-www-form-urlencoded",
                        "Content-Length",
                        Integer.toString(form.length)));
        for (RawHttp.Response r : answers) {
            assertEquals(400, r.status(), r::toString);
            assertTrue(String.valueOf(r.header("Content-Type")).startsWith("text/plain"), r::toString);
            assertTrue(r.body().startsWith("400 Bad Request"), r::toString);
            assertFalse(r.body().contains("<"), r::toString);
            assertClean(r);
        }
    }
}
