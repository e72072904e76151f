import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.jena.atlas.json.JSON;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.graph.GraphFactory;

/**
 * The benchmark's query load client: runs the example researcher queries (the SHACL SPARQL executables of
 * src/main/resources/queries/examples.ttl, except federated ones, which would leave the machine) against one
 * SPARQL endpoint over HTTP, with a fixed number of concurrent clients, a bounded number of requests and a
 * bounded time. Loopback only: the endpoint must be on 127.0.0.1 or localhost.
 *
 * <pre>
 * java -cp "jena/*" src/bench/QueryLoad.java EXAMPLES.ttl http://127.0.0.1:3030/sparql CLIENTS REQUESTS SECONDS [SKIP,...]
 * </pre>
 *
 * Queries are sent as an HTML form (SPARQL Protocol query via POST, URL-encoded), which every server measured
 * accepts. SKIP names examples the endpoint cannot run (Jena's text:query on another store).
 *
 * Prints one tab-separated line per query (name, requests, failures, p50 ms, p95 ms, result rows of the
 * last answer) and a total line (requests, failures, seconds, requests per second). A request fails on a
 * status other than 200, a body that is not SPARQL JSON results, or a timeout; failures are counted, never
 * timed as answers.
 */
public final class QueryLoad {
    private static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(120);

    record Example(String name, String sparql) {}

    public static void main(String[] args) throws Exception {
        if (args.length != 5 && args.length != 6) {
            System.err.println("usage: QueryLoad EXAMPLES.ttl ENDPOINT CLIENTS REQUESTS SECONDS [SKIP,...]");
            System.exit(2);
        }
        URI endpoint = URI.create(args[1]);
        if (!List.of("127.0.0.1", "localhost").contains(endpoint.getHost())) {
            throw new IllegalArgumentException("the load client only calls loopback endpoints: " + endpoint);
        }
        List<String> skipped = args.length == 6 ? List.of(args[5].split(",")) : List.of();
        List<Example> examples = examples(args[0]).stream()
                .filter(e -> !skipped.contains(e.name()))
                .toList();
        int clients = Integer.parseInt(args[2]);
        int requests = Integer.parseInt(args[3]);
        long deadline = System.nanoTime() + Long.parseLong(args[4]) * 1_000_000_000L;
        HttpClient http = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(10))
                .build();
        ConcurrentHashMap<String, ConcurrentLinkedQueue<Long>> latencies = new ConcurrentHashMap<>();
        ConcurrentHashMap<String, AtomicInteger> failures = new ConcurrentHashMap<>();
        ConcurrentHashMap<String, Integer> rows = new ConcurrentHashMap<>();
        for (Example e : examples) {
            latencies.put(e.name(), new ConcurrentLinkedQueue<>());
            failures.put(e.name(), new AtomicInteger());
        }
        AtomicInteger issued = new AtomicInteger();
        long start = System.nanoTime();
        List<Thread> threads = new ArrayList<>();
        for (int c = 0; c < clients; c++) {
            Thread t = new Thread(() -> {
                int i;
                while ((i = issued.getAndIncrement()) < requests && System.nanoTime() < deadline) {
                    Example e = examples.get(i % examples.size());
                    long t0 = System.nanoTime();
                    Integer n = call(http, endpoint, e.sparql());
                    long took = System.nanoTime() - t0;
                    if (n == null) {
                        failures.get(e.name()).incrementAndGet();
                    } else {
                        latencies.get(e.name()).add(took);
                        rows.put(e.name(), n);
                    }
                }
            });
            threads.add(t);
            t.start();
        }
        for (Thread t : threads) {
            t.join();
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        int done = 0;
        int failed = 0;
        for (Example e : examples) {
            List<Long> l = new ArrayList<>(latencies.get(e.name()));
            Collections.sort(l);
            done += l.size();
            failed += failures.get(e.name()).get();
            System.out.printf(
                    Locale.ROOT,
                    "%s\t%d\t%d\t%.1f\t%.1f\t%s%n",
                    e.name(),
                    l.size(),
                    failures.get(e.name()).get(),
                    percentile(l, 50),
                    percentile(l, 95),
                    rows.getOrDefault(e.name(), -1));
        }
        System.out.printf(Locale.ROOT, "total\t%d\t%d\t%.2f\t%.2f%n", done, failed, seconds, done / seconds);
    }

    /** The number of result rows, or null when the request failed. */
    private static Integer call(HttpClient http, URI endpoint, String sparql) {
        HttpRequest request = HttpRequest.newBuilder(endpoint)
                .timeout(REQUEST_TIMEOUT)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Accept", "application/sparql-results+json")
                .POST(HttpRequest.BodyPublishers.ofString(
                        "query=" + URLEncoder.encode(sparql, StandardCharsets.UTF_8), StandardCharsets.UTF_8))
                .build();
        try {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                return null;
            }
            return JSON.parse(response.body())
                    .getObj("results")
                    .get("bindings")
                    .getAsArray()
                    .size();
        } catch (IOException | RuntimeException e) {
            return null;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        }
    }

    private static double percentile(List<Long> sorted, int p) {
        if (sorted.isEmpty()) {
            return Double.NaN;
        }
        int index = (int) Math.ceil(p / 100.0 * sorted.size()) - 1;
        return sorted.get(Math.max(0, index)) / 1e6;
    }

    /** The example queries, by IRI order; federated ones (SERVICE) are left out: the load stays on loopback. */
    private static List<Example> examples(String file) {
        Graph g = GraphFactory.createDefaultGraph();
        RDFParser.source(file)
                .base("https://w3id.org/iom-idf/")
                .lang(Lang.TURTLE)
                .parse(g);
        Node select = NodeFactory.createURI("http://www.w3.org/ns/shacl#select");
        List<Example> out = new ArrayList<>();
        g.find(Node.ANY, select, Node.ANY).forEach((Triple t) -> {
            String iri = t.getSubject().getURI();
            String sparql = t.getObject().getLiteralLexicalForm();
            if (!sparql.toUpperCase(Locale.ROOT).contains("SERVICE")) {
                out.add(new Example(iri.substring(iri.lastIndexOf('/') + 1), sparql));
            }
        });
        out.sort((a, b) -> a.name().compareTo(b.name()));
        if (out.isEmpty()) {
            throw new IllegalStateException("no example query in " + file);
        }
        return out;
    }
}
