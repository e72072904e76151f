package org.w3id.iomidf.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The real {@code serve} command in a JVM of its own with a 512 MB heap, on the bundled sample. Sixteen clients
 * send the worst queries of the hostile corpus at once, over and over (strings doubled past any size, a
 * GROUP_CONCAT, GROUP BY, ORDER BY, DISTINCT and CONSTRUCT over cross products, string expansion, backtracking
 * regular expressions, OPTIONAL over everything): the process never runs out of memory, every bomb gets a
 * status that names its bound, and the health check and a small query from another client are answered within
 * a second throughout. Then SIGTERM while a query runs: the query's answer is complete and the process exits 0.
 */
@Tag("slow")
class ServeProcessTest {

    private static final Duration ATTACK = Duration.ofSeconds(25);
    private static final Pattern PORT = Pattern.compile("SPARQL: +http://localhost:(\\d+)/sparql");

    static final List<String> BOMBS = List.of(
            QueryBoundsTest.doubling(30),
            "SELECT (STRLEN(GROUP_CONCAT(?o)) AS ?n) { ?a ?b ?c . ?s ?p ?o }",
            "SELECT ?c (GROUP_CONCAT(STR(?o)) AS ?g) { ?a ?b ?c . ?s ?p ?o } GROUP BY ?c",
            "SELECT ?a ?s (COUNT(*) AS ?n) { ?a ?b ?c . ?s ?p ?o } GROUP BY ?a ?s",
            "SELECT * { ?a ?b ?c . ?s ?p ?o } ORDER BY ?o ?c",
            "SELECT DISTINCT ?c ?o { ?a ?b ?c . ?s ?p ?o }",
            "CONSTRUCT { ?a <urn:x> ?o } { ?a ?b ?c . ?s ?p ?o }",
            "SELECT (COUNT(*) AS ?n) { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }",
            "SELECT (MAX(STRLEN(REPLACE(STR(?o), \".\", \"" + "x".repeat(40) + "\"))) AS ?n) { ?a ?b ?c . ?s ?p ?o }",
            "ASK { ?s ?p ?o FILTER(REGEX(CONCAT(STR(?o), \"" + "a".repeat(32) + "b\"), \"(.*a){14}$\")) }",
            "SELECT ?s ?o ?o2 { ?s ?p ?o OPTIONAL { ?s2 ?p2 ?o2 FILTER(STR(?o2) != STR(?o)) } }");

    @TempDir
    Path tmp;

    private Process serve(Path site, Path log) throws IOException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        return new ProcessBuilder(
                        java,
                        "-Xmx512m",
                        "-XX:+ExitOnOutOfMemoryError",
                        "-cp",
                        System.getProperty("java.class.path"),
                        "org.w3id.iomidf.cli.Main",
                        "serve",
                        site.toString(),
                        "--port",
                        "0",
                        "--timeout",
                        "20",
                        "--client-queries",
                        "16",
                        "--total-queries",
                        "20",
                        "--cache-mb",
                        "0")
                .redirectErrorStream(true)
                .redirectOutput(log.toFile())
                .start();
    }

    private static int port(Process p, Path log) throws Exception {
        for (int i = 0; i < 300 && p.isAlive(); i++) {
            Matcher m = PORT.matcher(Files.readString(log));
            if (m.find()) {
                return Integer.parseInt(m.group(1));
            }
            Thread.sleep(100);
        }
        throw new AssertionError("serve did not start:\n" + Files.readString(log));
    }

    private static String target(String query) {
        return "/sparql?query=" + URLEncoder.encode(query, StandardCharsets.UTF_8);
    }

    @Test
    void boundedUnderTheWorstQueriesThenStopsGracefully() throws Exception {
        Path site = tmp.resolve("site");
        SampleSite.build(site, List.of(SampleSite.SAMPLE.resolve("pages")));
        Path log = tmp.resolve("serve.log");
        Process serve = serve(site, log);
        try {
            RawHttp raw = new RawHttp(port(serve, log));
            Map<String, Integer> outcomes = new TreeMap<>();
            List<String> slow = new ArrayList<>();
            long end = System.nanoTime() + ATTACK.toNanos();
            ExecutorService clients = Executors.newFixedThreadPool(16);
            for (int c = 0; c < 16; c++) {
                int first = c;
                clients.execute(() -> {
                    for (int i = first; System.nanoTime() < end; i++) {
                        RawHttp.Response r = raw.get(target(BOMBS.get(i % BOMBS.size())), "Accept", "text/csv");
                        String line = r.body().lines().findFirst().orElse("");
                        synchronized (outcomes) {
                            outcomes.merge(
                                    r.status() + " " + line.substring(0, Math.min(40, line.length())), 1, Integer::sum);
                        }
                    }
                });
            }
            int probes = 0;
            while (System.nanoTime() < end) {
                for (String t : List.of("/health", target("ASK { ?s ?p \"probe " + probes + "\" }"))) {
                    long start = System.nanoTime();
                    RawHttp.Response r = raw.send("127.0.0.2", "GET " + t + " HTTP/1.1", null, "Accept", "text/csv");
                    long millis = (System.nanoTime() - start) / 1_000_000;
                    if (r.status() != 200 || millis >= 1000) {
                        slow.add(t + " " + r.status() + " in " + millis + " ms");
                    }
                }
                probes++;
                Thread.sleep(200);
            }
            clients.shutdown();
            assertTrue(clients.awaitTermination(60, TimeUnit.SECONDS), "bombs still running");
            System.out.println("outcomes of the worst queries: " + outcomes + "; " + probes + " probes");
            String text = Files.readString(log);
            assertTrue(serve.isAlive(), "the server died:\n" + text);
            assertFalse(text.contains("OutOfMemoryError"), text);
            assertEquals(List.of(), slow, probes + " probes of the health check and a small query");
            for (Map.Entry<String, Integer> o : outcomes.entrySet()) {
                assertTrue(
                        o.getKey().startsWith("200") || o.getKey().matches("(400|500|503) .+"),
                        "an answer without its reason: " + outcomes);
            }
            assertFalse(
                    outcomes.keySet().stream().anyMatch(k -> k.startsWith("429") || k.startsWith("502")),
                    outcomes::toString);

            String running = "SELECT (COUNT(*) AS ?n) { ?a a ?c . ?d ?e ?f FILTER(?c != ?f) }";
            CompletableFuture<RawHttp.Response> answer =
                    CompletableFuture.supplyAsync(() -> raw.get(target(running), "Accept", "text/csv"));
            Thread.sleep(500);
            assertFalse(answer.isDone(), "the query ended before the signal");
            Process term = new ProcessBuilder("kill", "-TERM", Long.toString(serve.pid())).start();
            assertEquals(0, term.waitFor());
            RawHttp.Response r = answer.get(60, TimeUnit.SECONDS);
            assertEquals(200, r.status(), r::toString);
            assertTrue(r.body().matches("(?s)n\r\n\\d+\r\n"), r::toString);
            assertTrue(serve.waitFor(30, TimeUnit.SECONDS), "still running after SIGTERM");
            assertEquals(0, serve.exitValue(), Files.readString(log));
        } finally {
            serve.destroyForcibly();
        }
    }
}
