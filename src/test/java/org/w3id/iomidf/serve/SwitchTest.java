package org.w3id.iomidf.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.apache.jena.atlas.json.JSON;
import org.apache.jena.sparql.expr.NodeValue;
import org.apache.jena.sparql.function.FunctionBase1;
import org.apache.jena.sparql.function.FunctionRegistry;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3id.iomidf.release.LiveRelease;
import org.w3id.iomidf.serve.live.ReloadOptions;

/**
 * Republishing while serving: a query that is running when a newer release is switched in finishes on the old
 * database and answers from it alone; requests after the switch see the new release; SIGHUP switches on
 * demand, and nothing on the public port does.
 */
class SwitchTest {

    /** A SPARQL function that waits, so that a query is still running when the release is switched. */
    public static final class Pause extends FunctionBase1 {
        @Override
        public NodeValue exec(NodeValue millis) {
            try {
                Thread.sleep(millis.getInteger().longValue());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return NodeValue.TRUE;
        }
    }

    private static final String PAUSE = "urn:x-idf-ld-test:pause";

    @TempDir
    Path tmp;

    @Test
    void runningQueryFinishesOnItsReleaseWhileNewRequestsSeeTheNewOne() throws Exception {
        FunctionRegistry.get().put(PAUSE, Pause.class);
        Path out = tmp.resolve("site");
        int before = SampleSite.build(out, List.of(SampleSite.firstPages(tmp.resolve("small"), 8)))
                .published();
        try (LinkedDataServer server =
                LinkedDataServer.start(ServeConfig.of(out, 0), new ReloadOptions(Duration.ZERO))) {
            assertTrue(server.reloadOnHangup(), "SIGHUP is available on this platform");
            Http http = new Http(server.port());
            String first = server.release().id();
            int after = SampleSite.build(out, List.of(SampleSite.SAMPLE.resolve("pages")))
                    .published();
            assertTrue(after > before, after + " projects after, " + before + " before");
            assertEquals(List.of(first, String.valueOf(before)), countAndRelease(http), "switched untold");
            // The pause reads ?p, so it runs once per project (a call on constants alone may be folded to one call).
            String slow = "PREFIX idf: <https://w3id.org/iom-idf/ontology#> SELECT (COUNT(DISTINCT ?p) AS ?n) "
                    + "WHERE { ?p a idf:Project FILTER(<" + PAUSE + ">(1000 + 0 * STRLEN(STR(?p)))) }";
            CompletableFuture<HttpResponse<String>> running = CompletableFuture.supplyAsync(
                    () -> http.get(SampleSite.query(slow), "Accept", "application/sparql-results+json"));
            Thread.sleep(500);
            Process hup = new ProcessBuilder(
                            "kill",
                            "-HUP",
                            Long.toString(ProcessHandle.current().pid()))
                    .inheritIO()
                    .start();
            assertEquals(0, hup.waitFor());
            String second = waitForSwitch(http, first);
            assertEquals(second, server.release().id());
            assertEquals(List.of(second, String.valueOf(after)), countAndRelease(http));
            assertFalse(
                    running.isDone(),
                    () -> "the slow query ended before the switch: "
                            + running.join().body());
            HttpResponse<String> old = running.get();
            assertEquals(200, old.statusCode(), old::body);
            assertEquals(first, old.headers().firstValue(LiveRelease.HEADER).orElse(""));
            assertEquals(before, count(old.body()), "the running query read the new release");
            for (String path : List.of("/reload", "/$/reload", "/sparql/reload", "/admin/reload")) {
                int status = http.method("POST", path, null).statusCode();
                assertTrue(status >= 400, "POST " + path + " on the public port answered " + status);
            }
            assertEquals(second, server.release().id(), "a public request switched the release");
        }
    }

    @Test
    void watcherSwitchesToTheNewReleaseOnItsOwn() throws Exception {
        Path out = tmp.resolve("site");
        SampleSite.build(out, List.of(SampleSite.firstPages(tmp.resolve("small"), 5)));
        try (LinkedDataServer server =
                LinkedDataServer.start(ServeConfig.of(out, 0), new ReloadOptions(Duration.ofMillis(200)))) {
            Http http = new Http(server.port());
            String first = server.release().id();
            for (int i = 0; i < 600 && !warm(http); i++) {
                Thread.sleep(50);
            }
            assertTrue(warm(http), "the first release is warmed after the start");
            int after = SampleSite.build(out, List.of(SampleSite.SAMPLE.resolve("pages")))
                    .published();
            String second = waitForSwitch(http, first);
            assertTrue(warm(http), "a release is switched in only once warmed");
            assertEquals(List.of(second, String.valueOf(after)), countAndRelease(http));
        }
    }

    private static boolean warm(Http http) {
        return JSON.parse(http.get("/health").body()).get("warm").getAsBoolean().value();
    }

    private static String waitForSwitch(Http http, String from) throws InterruptedException {
        for (int i = 0; i < 100; i++) {
            String id = JSON.parse(http.get("/health").body())
                    .get("release")
                    .getAsString()
                    .value();
            if (!id.equals(from)) {
                return id;
            }
            Thread.sleep(50);
        }
        throw new AssertionError("the server did not switch from " + from);
    }

    /** The release id that answered, and the project count it gave. */
    static List<String> countAndRelease(Http http) {
        HttpResponse<String> r =
                http.get(SampleSite.query(SampleSite.PROJECTS), "Accept", "application/sparql-results+json");
        assertEquals(200, r.statusCode(), r::body);
        return List.of(r.headers().firstValue(LiveRelease.HEADER).orElse(""), String.valueOf(count(r.body())));
    }

    static int count(String json) {
        return Integer.parseInt(JSON.parse(json)
                .get("results")
                .getAsObject()
                .get("bindings")
                .getAsArray()
                .get(0)
                .getAsObject()
                .get("n")
                .getAsObject()
                .get("value")
                .getAsString()
                .value());
    }
}
