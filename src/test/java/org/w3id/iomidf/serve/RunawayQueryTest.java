package org.w3id.iomidf.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Property;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;

/**
 * Queries that would run for hours inside one step of the engine, where Jena's own cancellation does not look:
 * a backtracking pattern under the XPath names of REGEX and REPLACE and in {@code apf:strSplit}, and a repeated
 * negated path over a graph of cycles. Each is answered with the timeout's 503 within a few seconds of the
 * timeout (bounds loose enough for a loaded machine), its thread stops, and a small query is answered at once.
 * A path repeated past the bound is refused with 400 before it starts.
 */
class RunawayQueryTest {

    static final Duration TIMEOUT = Duration.ofSeconds(2);

    /** Fails to match {@code (.*a){12}$} only after trying every way to cut it: about 10^9 ways. */
    static final String TEXT = "a".repeat(36) + "b";

    static final String PATTERN = "(.*a){12}$";

    static final List<String> RUNAWAYS = List.of(
            "PREFIX fn: <http://www.w3.org/2005/xpath-functions#> ASK { FILTER(fn:matches(\"" + TEXT + "\", \""
                    + PATTERN + "\")) }",
            "PREFIX fn: <http://www.w3.org/2005/xpath-functions#> SELECT (fn:replace(\"" + TEXT + "\", \"" + PATTERN
                    + "\", \"x\") AS ?r) {}",
            "PREFIX apf: <http://jena.apache.org/ARQ/property#> SELECT ?t { ?t apf:strSplit (\"" + TEXT + "\" \""
                    + PATTERN + "\") }",
            "SELECT (COUNT(*) AS ?n) { ?s (!<urn:p>){1,40} ?o }",
            "ASK { <urn:test:n0> (!<urn:p>){1,40} <urn:test:nowhere> }");

    @TempDir
    static Path tmp;

    static LinkedDataServer server;
    static RawHttp raw;

    /** Thirty nodes in a ring with two chords each: {@code n} steps lead along 3^n walks. */
    static Model cycles() {
        Model m = BuildFixture.numbered(100);
        Property q = m.createProperty("urn:test:q");
        for (int i = 0; i < 30; i++) {
            for (int step : new int[] {1, 7, 13}) {
                m.createResource("urn:test:n" + i).addProperty(q, m.createResource("urn:test:n" + (i + step) % 30));
            }
        }
        return m;
    }

    @BeforeAll
    static void start() throws Exception {
        server = LinkedDataServer.start(
                new ServeConfig(BuildFixture.create(tmp, cycles()), 0, false, TIMEOUT, 64L << 20));
        raw = new RawHttp(server.port());
        assertEquals(200, raw.get(target("ASK { ?s ?p ?o }")).status(), "the engine is loaded before the clock runs");
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    static String target(String query) {
        return "/sparql?query=" + URLEncoder.encode(query, StandardCharsets.UTF_8);
    }

    /** The threads of this JVM running a regular expression or a path walk, with their top frames. */
    static List<String> stillRunning() {
        List<String> running = new ArrayList<>();
        for (Map.Entry<Thread, StackTraceElement[]> t :
                Thread.getAllStackTraces().entrySet()) {
            for (StackTraceElement frame : t.getValue()) {
                String c = frame.getClassName();
                if (c.startsWith("java.util.regex.") || c.startsWith("org.apache.jena.sparql.path.eval.")) {
                    running.add(t.getKey().getName() + " at " + frame);
                    break;
                }
            }
        }
        return running;
    }

    @ParameterizedTest
    @FieldSource("RUNAWAYS")
    void eachRunawayIsCancelledAtTheDeadlineAndStops(String q) throws Exception {
        long start = System.nanoTime();
        RawHttp.Response r = raw.get(target(q), "Accept", "text/csv");
        long millis = (System.nanoTime() - start) / 1_000_000;
        assertEquals(503, r.status(), () -> q + " -> " + r);
        assertTrue(r.body().contains("timed out"), r::toString);
        assertTrue(millis < TIMEOUT.toMillis() + 5000, q + " answered after " + millis + " ms");
        List<String> left = stillRunning();
        for (int i = 0; i < 50 && !left.isEmpty(); i++) {
            Thread.sleep(100);
            left = stillRunning();
        }
        assertEquals(List.of(), left, "still running 5 s after " + q + " was answered");
        long small = System.nanoTime();
        assertEquals(
                200, raw.get(target("ASK { ?s ?p ?o }"), "Accept", "text/csv").status());
        assertTrue(System.nanoTime() - small < 3_000_000_000L, "a small query waited after " + q);
    }

    @Test
    void aPathRepeatedPastTheBoundIsRefusedBeforeItStarts() {
        for (String q :
                List.of("SELECT (COUNT(*) AS ?n) { ?s (!<urn:p>){1,1000} ?o }", "ASK { ?s <urn:test:q>{101} ?o }")) {
            long start = System.nanoTime();
            RawHttp.Response r = raw.get(target(q), "Accept", "text/csv");
            assertEquals(400, r.status(), () -> q + " -> " + r);
            assertTrue(r.body().contains("at most 100 times"), r::toString);
            assertTrue(System.nanoTime() - start < 1_000_000_000L, "refused at once");
        }
        RawHttp.Response ok =
                raw.get(target("SELECT (COUNT(*) AS ?n) { <urn:test:n0> <urn:test:q>{1,2} ?o }"), "Accept", "text/csv");
        assertEquals(200, ok.status(), ok::toString);
        assertEquals("n\r\n12", ok.body().strip(), "3 walks of one step and 9 of two");
    }
}
