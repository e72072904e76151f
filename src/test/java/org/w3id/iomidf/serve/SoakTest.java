package org.w3id.iomidf.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.MemoryUsage;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3id.iomidf.release.LiveRelease;
import org.w3id.iomidf.release.ReleaseManifest;
import org.w3id.iomidf.serve.live.ExampleQueries;
import org.w3id.iomidf.serve.sparql.Limits;

/**
 * Sixteen clients on loopback mix example queries, resource pages and downloads (whole and ranges) while the
 * data is republished twice, from inputs that give each release a different project count. Every answer names
 * its release ({@code X-Release}) and is checked against that release's own files: no request may fail, and
 * the heap must stay bounded. Runs 45 s by default ({@code -Didfld.soak.seconds=N} for longer).
 */
@Tag("slow")
class SoakTest {

    private static final int CLIENTS = 16;
    private static final long HEAP_BOUND = 256L * 1024 * 1024;
    private static final List<String> PROJECTS =
            List.of("MX10P0536", "BW10P0006", "TN10P0002", "WS10P0504", "NI10P0003", "CN10P0503");

    @TempDir
    Path tmp;

    private Path out;
    private final Map<String, Version> versions = new ConcurrentHashMap<>();
    private final Map<String, String> firstAnswers = new ConcurrentHashMap<>();
    private final List<String> errors = Collections.synchronizedList(new ArrayList<>());
    private final AtomicLong peakHeap = new AtomicLong();
    private final AtomicLong peakLive = new AtomicLong();

    /**
     * What one release says, read from its own folder: project count, dump checksums, the Turtle dump, and the
     * project IRIs the dump holds.
     */
    record Version(int projects, Map<String, String> sha256, byte[] turtle, java.util.Set<String> projectIris) {
        static Version read(Path release) throws IOException {
            int projects = ReleaseManifest.read(release).projectsPublished();
            Map<String, String> sums = new ConcurrentHashMap<>();
            for (String name : List.of("idf-ld.ttl", "idf-ld-projects.csv", "idf-ld.nt.gz")) {
                sums.put(
                        name,
                        Files.readString(release.resolve("dumps").resolve(name + ".sha256"))
                                .split("\\s+")[0]);
            }
            Path turtle = release.resolve("dumps").resolve("idf-ld.ttl");
            java.util.Set<String> iris = new java.util.HashSet<>();
            org.apache.jena.riot.RDFDataMgr.loadModel(turtle.toString())
                    .listSubjectsWithProperty(
                            org.apache.jena.vocabulary.RDF.type,
                            org.apache.jena.rdf.model.ResourceFactory.createResource(
                                    "https://w3id.org/iom-idf/ontology#Project"))
                    .forEachRemaining(s -> iris.add(s.getURI()));
            return new Version(projects, sums, Files.readAllBytes(turtle), iris);
        }
    }

    /**
     * The default limits, but with every client allowed all the queries it may run: the 16 clients all
     * connect from 127.0.0.1, where in use they would be 16 addresses.
     */
    private static ServeConfig soakConfig(Path dir) {
        Limits limits = new Limits(
                Limits.DEFAULT_MAX_ROWS,
                Limits.DEFAULT_MAX_BODY_BYTES,
                Limits.DEFAULT_MAX_HEADER_BYTES,
                CLIENTS,
                Math.max(CLIENTS, Limits.DEFAULT_QUERIES_IN_ALL),
                Limits.DEFAULT_RETRY_AFTER_SECS);
        return new ServeConfig(
                dir, 0, false, ServeConfig.DEFAULT_TIMEOUT, ServeConfig.DEFAULT_MAX_RESULT_BYTES, limits);
    }

    @Test
    void sixteenClientsThroughTwoRepublishes() throws Exception {
        long seconds = Long.getLong("idfld.soak.seconds", 45);
        out = tmp.resolve("site");
        SampleSite.build(out, List.of(SampleSite.firstPages(tmp.resolve("v1"), 12)));
        // Loopback only: the examples that call a remote endpoint (SERVICE) are left out.
        List<ExampleQueries.Example> examples = ExampleQueries.load(LiveRelease.DEFAULT_BASE).stream()
                .filter(e -> !e.sparql().contains("SERVICE"))
                .toList();
        assertTrue(examples.size() >= 3, "too few local example queries: " + examples.size());
        List<long[]> latencies = Collections.synchronizedList(new ArrayList<>());
        long end = System.nanoTime() + seconds * 1_000_000_000L;
        try (LinkedDataServer server = LinkedDataServer.start(soakConfig(out))) {
            Http http = new Http(server.port());
            Thread heap = new Thread(() -> watchHeap(end), "heap-watch");
            heap.setDaemon(true);
            heap.start();
            List<Thread> clients = new ArrayList<>();
            for (int i = 0; i < CLIENTS; i++) {
                Random random = new Random(1000 + i);
                Thread t = new Thread(() -> latencies.add(client(http, examples, random, end)), "client-" + i);
                t.start();
                clients.add(t);
            }
            // Republish at about a quarter and a half of the run, so the last release serves for a good while.
            Thread.sleep(seconds * 1000 / 4);
            SampleSite.build(out, List.of(SampleSite.firstPages(tmp.resolve("v2"), 19)));
            Thread.sleep(seconds * 1000 / 4);
            SampleSite.buildAll(out);
            for (Thread t : clients) {
                t.join();
            }
            heap.join();
        }
        long[] all = latencies.stream().flatMapToLong(Arrays::stream).sorted().toArray();
        String figures = String.format(
                Locale.ROOT,
                "soak: %d s, %d clients, %d requests, %d errors, p50 %.1f ms, "
                        + "p99 %.1f ms, max %.1f ms, peak heap %d MB (after GC %d MB), releases served %d (projects %s)",
                seconds,
                CLIENTS,
                all.length,
                errors.size(),
                all[all.length / 2] / 1e6,
                all[(int) (all.length * 0.99)] / 1e6,
                all[all.length - 1] / 1e6,
                peakHeap.get() / (1024 * 1024),
                peakLive.get() / (1024 * 1024),
                versions.size(),
                versions.values().stream().map(Version::projects).sorted().toList());
        System.out.println(figures);
        assertEquals(List.of(), errors.subList(0, Math.min(10, errors.size())), figures);
        assertEquals(3, versions.size(), "answers did not come from all three releases: " + versions.keySet());
        assertTrue(peakLive.get() < HEAP_BOUND, figures);
    }

    /**
     * Samples the heap every 100 ms: the peak in use (garbage included, so it depends on when the collector
     * runs and on earlier tests in the same JVM), and the peak left after collections (what is really held),
     * which is the one bounded.
     */
    private void watchHeap(long end) {
        while (System.nanoTime() < end) {
            peakHeap.accumulateAndGet(
                    ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed(), Math::max);
            long live = ManagementFactory.getMemoryPoolMXBeans().stream()
                    .filter(p -> p.getType() == MemoryType.HEAP)
                    .map(MemoryPoolMXBean::getCollectionUsage)
                    .filter(u -> u != null)
                    .mapToLong(MemoryUsage::getUsed)
                    .sum();
            peakLive.accumulateAndGet(live, Math::max);
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                return;
            }
        }
    }

    /** One client: requests until {@code end}; returns the latency of each, in nanoseconds. */
    private long[] client(Http http, List<ExampleQueries.Example> examples, Random random, long end) {
        List<Long> took = new ArrayList<>();
        while (System.nanoTime() < end) {
            long t0 = System.nanoTime();
            int kind = random.nextInt(6);
            try {
                request(http, kind, examples, random);
            } catch (AssertionError | RuntimeException | IOException e) {
                errors.add("request kind " + kind + ": " + e);
            }
            took.add(System.nanoTime() - t0);
        }
        return took.stream().mapToLong(Long::longValue).toArray();
    }

    private void request(Http http, int kind, List<ExampleQueries.Example> examples, Random random) throws IOException {
        switch (kind) {
            case 0 -> {
                HttpResponse<String> r =
                        http.get(SampleSite.query(SampleSite.PROJECTS), "Accept", "application/sparql-results+json");
                assertEquals(version(r).projects(), SwitchTest.count(ok(r, 200)), "project count");
            }
            case 1 -> {
                ExampleQueries.Example e = examples.get(random.nextInt(examples.size()));
                HttpResponse<String> r =
                        http.get(SampleSite.query(e.sparql()), "Accept", "application/sparql-results+json");
                version(r);
                String key = e.iri() + " " + release(r);
                String first = firstAnswers.putIfAbsent(key, ok(r, 200));
                assertTrue(first == null || first.equals(r.body()), "answer changed within a release: " + key);
            }
            case 2 -> {
                String id = PROJECTS.get(random.nextInt(PROJECTS.size()));
                HttpResponse<String> r = http.get("/project/" + id, "Accept", "text/html");
                boolean there = version(r).projectIris().contains(LiveRelease.DEFAULT_BASE + "project/" + id);
                ok(r, there ? 200 : 404);
            }
            case 3 -> {
                String name = random.nextBoolean() ? "idf-ld-projects.csv" : "idf-ld.nt.gz";
                HttpResponse<byte[]> r = http.bytes("/dumps/" + name);
                assertEquals(200, r.statusCode(), name);
                assertEquals(version(r).sha256().get(name), sha256(r.body()), name + " of " + release(r));
            }
            case 4 -> {
                HttpResponse<byte[]> r = http.bytes("/dumps/idf-ld.ttl", "Range", "bytes=1000-40999");
                assertEquals(206, r.statusCode(), "range");
                assertTrue(
                        Arrays.equals(Arrays.copyOfRange(version(r).turtle(), 1000, 41000), r.body()),
                        "range of idf-ld.ttl differs from release " + release(r));
            }
            default -> ok(http.get("/country/MEX", "Accept", "text/html"), 200);
        }
    }

    private static String ok(HttpResponse<String> r, int status) {
        assertEquals(status, r.statusCode(), () -> r.uri() + ": " + r.body());
        return r.body();
    }

    private static String release(HttpResponse<?> r) {
        return r.headers()
                .firstValue(LiveRelease.HEADER)
                .orElseThrow(() -> new AssertionError("no " + LiveRelease.HEADER + " on " + r.uri()));
    }

    /** The release that answered, read from its own folder the first time it is seen. */
    private Version version(HttpResponse<?> r) throws IOException {
        String id = release(r);
        Version v = versions.get(id);
        if (v == null) {
            v = Version.read(out.resolve("releases").resolve(id));
            versions.putIfAbsent(id, v);
        }
        return v;
    }

    private static String sha256(byte[] body) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(body));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
