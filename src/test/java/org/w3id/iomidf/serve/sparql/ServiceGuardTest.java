package org.w3id.iomidf.serve.sparql;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.jena.query.ARQ;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.util.Context;
import org.apache.jena.sys.JenaSystem;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The SERVICE guard calling an endpoint it is allowed to: a real HTTP endpoint of this test on loopback (the
 * address rule is relaxed for it here; {@link FederationTest} shows the server's own rule refuses loopback).
 * The answer is joined; a redirect is not followed; an answer past the size bound, more calls than the bound
 * and an endpoint off the list stop the query with the status and reason the client would get; SILENT turns a
 * failed call into no rows but never a refusal into one.
 */
class ServiceGuardTest {

    static {
        JenaSystem.init();
    }

    private static final String RESULTS = "{\"head\":{\"vars\":[\"x\"]},\"results\":{\"bindings\":["
            + "{\"x\":{\"type\":\"literal\",\"value\":\"remote\"}}]}}";

    private HttpServer endpoint;
    private final AtomicInteger calls = new AtomicInteger();
    private final AtomicInteger redirectTargetCalls = new AtomicInteger();
    private String root;

    @BeforeEach
    void start() throws IOException {
        endpoint = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        endpoint.createContext("/sparql", e -> answer(e, 200, RESULTS));
        endpoint.createContext("/moved", e -> {
            calls.incrementAndGet();
            e.getResponseHeaders().set("Location", root + "target");
            e.sendResponseHeaders(302, -1);
            e.close();
        });
        endpoint.createContext("/target", e -> {
            redirectTargetCalls.incrementAndGet();
            answer(e, 200, RESULTS);
        });
        endpoint.createContext("/huge", e -> answer(e, 200, RESULTS + " ".repeat(4096)));
        endpoint.createContext("/broken", e -> answer(e, 500, "down"));
        endpoint.start();
        root = "http://127.0.0.1:" + endpoint.getAddress().getPort() + "/";
    }

    @AfterEach
    void stop() {
        endpoint.stop(0);
    }

    private void answer(HttpExchange e, int status, String body) throws IOException {
        if (!e.getRequestURI().getPath().equals("/target")) {
            calls.incrementAndGet();
        }
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        e.getResponseHeaders().set("Content-Type", "application/sparql-results+json");
        e.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = e.getResponseBody()) {
            out.write(bytes);
        }
    }

    /** Runs {@code query} over an empty dataset with the guard and a budget, as the server runs queries. */
    private List<String> run(String query, int maxCalls) {
        Federation federation = new Federation(
                List.of(root + "sparql", root + "moved", root + "huge", root + "broken"), maxCalls, 1024);
        Context context = ARQ.getContext().copy();
        ServiceGuard.install(context, federation, a -> null);
        context.set(QueryBudget.SYMBOL, new QueryBudget(Duration.ofSeconds(10), Limits.DEFAULT));
        try (QueryExec exec = QueryExec.dataset(DatasetGraphFactory.create())
                .query(query)
                .context(context)
                .build()) {
            List<String> out = new java.util.ArrayList<>();
            exec.select().forEachRemaining(b -> out.add(String.valueOf(b.get("x"))));
            return out;
        }
    }

    private QueryBudget.Stop refused(String query, int maxCalls) {
        return assertThrows(QueryBudget.Stop.class, () -> run(query, maxCalls));
    }

    @Test
    void anAllowedEndpointIsCalledAndJoined() {
        assertEquals(List.of("\"remote\""), run("SELECT ?x { SERVICE <" + root + "sparql> { ?s ?p ?x } }", 10));
        assertEquals(1, calls.get());
    }

    @Test
    void aRedirectIsNotFollowed() {
        QueryBudget.Stop stop = refused("SELECT ?x { SERVICE <" + root + "moved> { ?s ?p ?x } }", 10);
        assertTrue(stop.getMessage().contains("failed"), stop.getMessage());
        assertEquals(0, redirectTargetCalls.get(), "the redirect's target was called");
        assertEquals(List.of("null"), run("SELECT ?x { SERVICE SILENT <" + root + "moved> { ?s ?p ?x } }", 10));
    }

    @Test
    void anAnswerPastTheBoundFailsTheCall() {
        QueryBudget.Stop stop = refused("SELECT ?x { SERVICE <" + root + "huge> { ?s ?p ?x } }", 10);
        assertTrue(stop.getMessage().contains("larger than 1024 bytes"), stop.getMessage());
        assertEquals(List.of("null"), run("SELECT ?x { SERVICE SILENT <" + root + "broken> { ?s ?p ?x } }", 10));
    }

    @Test
    void callsPastTheBoundStopTheQuery() {
        String q = "SELECT ?x { VALUES ?i { 1 2 3 4 5 } LATERAL { SERVICE <" + root + "sparql> { ?s ?p ?x } } }";
        assertEquals(5, run(q, 5).size());
        calls.set(0);
        QueryBudget.Stop stop = refused(q, 3);
        assertTrue(stop.getMessage().contains("more than 3 SERVICE calls"), stop.getMessage());
        assertEquals(3, calls.get(), "calls made before the bound");
    }

    @Test
    void anEndpointOffTheListIsRefusedEvenUnderSilent() {
        String other = "http://127.0.0.1:" + endpoint.getAddress().getPort() + "/target";
        QueryBudget.Stop stop = refused("SELECT ?x { SERVICE SILENT <" + other + "> { ?s ?p ?x } }", 10);
        assertTrue(stop.getMessage().contains("is not allowed"), stop.getMessage());
        refused("SELECT ?x { BIND(IRI(\"" + other + "\") AS ?u) SERVICE SILENT ?u { ?s ?p ?x } }", 10);
        assertEquals(0, redirectTargetCalls.get() + calls.get());
    }
}
