package org.w3id.iomidf.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The real {@code serve} command in a JVM of its own, with a 2 s timeout, running three queries that would run
 * for hours inside one step of the engine (a backtracking {@code fn:matches} and {@code apf:strSplit}, a
 * repeated negated path) when it gets SIGTERM: the queries are answered with the timeout's 503 and the process
 * exits 0 within the timeout and 5 s of the signal.
 */
@Tag("slow")
class RunawayStopTest {

    private static final Duration TIMEOUT = RunawayQueryTest.TIMEOUT;
    private static final Pattern PORT = Pattern.compile("SPARQL: +http://localhost:(\\d+)/sparql");

    @TempDir
    Path tmp;

    @Test
    void sigtermStopsTheServerWhileRunawaysRun() throws Exception {
        Path site = BuildFixture.create(tmp.resolve("site"), RunawayQueryTest.cycles());
        Path log = tmp.resolve("serve.log");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process serve = new ProcessBuilder(
                        java,
                        "-Xmx256m",
                        "-cp",
                        System.getProperty("java.class.path"),
                        "org.w3id.iomidf.cli.Main",
                        "serve",
                        site.toString(),
                        "--port",
                        "0",
                        "--timeout",
                        Long.toString(TIMEOUT.toSeconds()),
                        "--cache-mb",
                        "0")
                .redirectErrorStream(true)
                .redirectOutput(log.toFile())
                .start();
        try {
            RawHttp raw = new RawHttp(port(serve, log));
            assertEquals(
                    200, raw.get(RunawayQueryTest.target("ASK { ?s ?p ?o }")).status());
            List<CompletableFuture<RawHttp.Response>> answers = List.of(0, 2, 3).stream()
                    .map(i -> CompletableFuture.supplyAsync(() ->
                            raw.get(RunawayQueryTest.target(RunawayQueryTest.RUNAWAYS.get(i)), "Accept", "text/csv")))
                    .toList();
            Thread.sleep(500);
            assertFalse(answers.stream().anyMatch(CompletableFuture::isDone), "a query ended before the signal");
            long signal = System.nanoTime();
            assertEquals(
                    0,
                    new ProcessBuilder("kill", "-TERM", Long.toString(serve.pid()))
                            .start()
                            .waitFor());
            Duration bound = TIMEOUT.plus(LinkedDataServer.SHUTDOWN_GRACE);
            assertTrue(
                    serve.waitFor(bound.toMillis(), TimeUnit.MILLISECONDS),
                    "still running " + bound + " after SIGTERM:\n" + Files.readString(log));
            long millis = (System.nanoTime() - signal) / 1_000_000;
            assertEquals(0, serve.exitValue(), "a graceful stop, in " + millis + " ms:\n" + Files.readString(log));
            for (CompletableFuture<RawHttp.Response> a : answers) {
                RawHttp.Response r = a.get(10, TimeUnit.SECONDS);
                assertEquals(503, r.status(), r::toString);
            }
        } finally {
            serve.destroyForcibly();
        }
    }

    private static int port(Process p, Path log) throws Exception {
        for (int i = 0; i < 600 && p.isAlive(); i++) {
            Matcher m = PORT.matcher(Files.readString(log));
            if (m.find()) {
                return Integer.parseInt(m.group(1));
            }
            Thread.sleep(100);
        }
        throw new AssertionError("serve did not start:\n" + Files.readString(log));
    }
}
