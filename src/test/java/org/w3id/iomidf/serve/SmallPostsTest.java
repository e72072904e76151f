package org.w3id.iomidf.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3id.iomidf.serve.sparql.Limits;

/**
 * Small POSTed queries are answered however busy the server is: sixteen clients POST small queries, as
 * {@code application/sparql-query} and as forms, to a server that has just started (and is warming its caches)
 * while other clients run cross products to the timeout. Every one is answered 200; none is refused for the rate
 * at which its few bytes arrived, however long the server took to get to them. (About 20 s on a busy
 * two-core machine, hence slow.)
 */
class SmallPostsTest {

    private static final int CLIENTS = 16;
    private static final int POSTS_EACH = 12;
    /** Clients running cross products to the timeout, more than the cores of a small machine. */
    private static final int HEAVY_CLIENTS = 12;

    private static final String HEAVY = "SELECT (COUNT(*) AS ?n) { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }";

    @TempDir
    Path tmp;

    @Test
    @Tag("slow")
    void sixteenClientsPostingSmallQueriesToABusyWarmingServerAreAllAnswered() throws Exception {
        Limits limits = new Limits(100_000, 64 * 1024, 16 * 1024, CLIENTS, CLIENTS + HEAVY_CLIENTS, 5);
        ServeConfig config =
                new ServeConfig(BuildFixture.create(tmp), 0, false, Duration.ofSeconds(4), 64L << 20, limits, 0);
        ExecutorService pool = Executors.newFixedThreadPool(CLIENTS + HEAVY_CLIENTS);
        AtomicBoolean posting = new AtomicBoolean(true);
        try (LinkedDataServer server = LinkedDataServer.start(config)) {
            RawHttp raw = new RawHttp(server.port());
            List<CompletableFuture<Void>> heavy = new ArrayList<>();
            for (int i = 0; i < HEAVY_CLIENTS; i++) {
                String target = "/sparql?query=" + URLEncoder.encode(HEAVY + " #" + i, StandardCharsets.UTF_8);
                heavy.add(CompletableFuture.runAsync(
                        () -> {
                            while (posting.get()) {
                                raw.send("127.0.0.2", "GET " + target + " HTTP/1.1", null, "Accept", "text/csv");
                            }
                        },
                        pool));
            }
            ConcurrentLinkedQueue<String> failures = new ConcurrentLinkedQueue<>();
            List<CompletableFuture<Void>> clients = new ArrayList<>();
            for (int c = 0; c < CLIENTS; c++) {
                int client = c;
                clients.add(CompletableFuture.runAsync(() -> post(raw, client, failures), pool));
            }
            CompletableFuture.allOf(clients.toArray(CompletableFuture[]::new)).get();
            posting.set(false);
            CompletableFuture.allOf(heavy.toArray(CompletableFuture[]::new)).get();
            assertEquals(List.of(), List.copyOf(failures), "of " + CLIENTS * POSTS_EACH + " small POSTs");
        } finally {
            pool.shutdownNow();
        }
    }

    /**
     * POSTs small queries one after another, every other one as a form, noting each that is not a 200. The
     * smaller a body, the sooner a rate counted from its first byte to each read of it would refuse it: a few bytes allow a
     * few milliseconds.
     */
    private static void post(RawHttp raw, int client, ConcurrentLinkedQueue<String> failures) {
        for (int i = 0; i < POSTS_EACH; i++) {
            String query = i % 4 < 2 ? "ASK{}" : "ASK{?s ?p " + i + "}";
            try {
                RawHttp.Response r = i % 2 == 0 ? raw.postQuery(query, "Accept", "text/csv") : form(raw, query);
                if (r.status() != 200) {
                    failures.add(query + ": " + r.status() + " " + r.body().strip());
                }
            } catch (UncheckedIOException e) {
                failures.add(query + ": " + e.getCause());
            }
        }
    }

    private static RawHttp.Response form(RawHttp raw, String query) {
        byte[] body = ("query=" + URLEncoder.encode(query, StandardCharsets.UTF_8)).getBytes(StandardCharsets.UTF_8);
        return raw.send(
                "127.0.0.1",
                "POST /sparql HTTP/1.1",
                body,
                "Content-Type",
                "application/x-www-form-urlencoded",
                "Content-Length",
                Integer.toString(body.length),
                "Accept",
                "text/csv");
    }
}
