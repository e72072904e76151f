package org.w3id.iomidf.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.net.SocketException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Property;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3id.iomidf.serve.http.SlowClients;
import org.w3id.iomidf.serve.sparql.Limits;

/**
 * Slow and many clients cannot take the threads or the query places others need: while connections sit idle,
 * send their headers a byte a second, or read large answers and downloads at a trickle, the health check and a
 * new query from another client are answered within a second; those connections are closed by the server; and
 * with every query place taken, the next query gets 503 at once.
 */
@Tag("slow")
class SlowClientsTest {

    private static final int QUERIES = 16;
    private static final String BIG = "SELECT * { ?a ?b ?c . ?d ?e ?f } LIMIT 60000";

    @TempDir
    Path tmp;

    LinkedDataServer server;
    RawHttp raw;

    /** A server of its own for each test, so that what one test leaves running cannot hold another's places. */
    @BeforeEach
    void start() throws Exception {
        Model m = ModelFactory.createDefaultModel();
        Property p = m.createProperty("urn:test:p");
        for (int i = 0; i < 2000; i++) {
            m.createResource("urn:test:subject-number-" + i).addProperty(p, "value " + i);
        }
        Path dir = BuildFixture.create(tmp, m);
        byte[] block = "<urn:s> <urn:p> \"a large download\" .\n".repeat(1000).getBytes(StandardCharsets.UTF_8);
        try (OutputStream out = Files.newOutputStream(dir.resolve("releases/r1/dumps/large.nt"))) {
            for (int i = 0; i < 400; i++) {
                out.write(block);
            }
        }
        Limits limits = new Limits(100_000, 64 * 1024, 16 * 1024, QUERIES, QUERIES, 5);
        server = LinkedDataServer.start(new ServeConfig(dir, 0, false, Duration.ofSeconds(6), 64L << 20, limits, 0));
        raw = new RawHttp(server.port());
    }

    @AfterEach
    void stop() {
        server.close();
    }

    /** The health check and a new query from another client, each answered within a second. */
    private void othersAreServed(String when) {
        for (String target : List.of(
                "/health",
                "/sparql?query=" + URLEncoder.encode("ASK { ?s ?p \"" + when + "\" }", StandardCharsets.UTF_8))) {
            long start = System.nanoTime();
            RawHttp.Response r = raw.send("127.0.0.2", "GET " + target + " HTTP/1.1", null, "Accept", "text/csv");
            long millis = (System.nanoTime() - start) / 1_000_000;
            assertEquals(200, r.status(), when + ": " + r);
            assertTrue(millis < 1000, when + ": " + target + " took " + millis + " ms");
        }
    }

    private Socket open() throws IOException {
        Socket s = new Socket();
        s.setReceiveBufferSize(4096);
        s.bind(new java.net.InetSocketAddress(InetAddress.getByName("127.0.0.1"), 0));
        s.connect(new java.net.InetSocketAddress(InetAddress.getByName("127.0.0.1"), server.port()));
        s.setSoTimeout(100);
        return s;
    }

    /** True once the server has closed {@code s}: a read sees the end, or the connection is reset. */
    private static boolean closedByServer(Socket s) {
        try {
            InputStream in = s.getInputStream();
            byte[] buf = new byte[64 * 1024];
            while (true) {
                int n = in.read(buf);
                if (n < 0) {
                    return true;
                }
            }
        } catch (java.net.SocketTimeoutException e) {
            return false;
        } catch (IOException e) {
            return true;
        }
    }

    @Test
    void idleAndSlowHeaderConnectionsAreClosedAndHoldNothing() throws Exception {
        List<Socket> idle = new ArrayList<>();
        List<Socket> loris = new ArrayList<>();
        try {
            for (int i = 0; i < 200; i++) {
                idle.add(open());
            }
            for (int i = 0; i < 50; i++) {
                Socket s = open();
                s.getOutputStream()
                        .write("GET /health HTTP/1.1\r\nHost: x\r\nX-Slow: ".getBytes(StandardCharsets.US_ASCII));
                loris.add(s);
            }
            long deadline =
                    System.nanoTime() + SlowClients.REQUEST_TIME.plusSeconds(4).toNanos();
            while (System.nanoTime() < deadline) {
                for (Socket s : loris) {
                    try {
                        s.getOutputStream().write('a');
                    } catch (SocketException e) {
                        // closed by the server: what is expected
                    }
                }
                othersAreServed("idle and slowloris connections open");
                Thread.sleep(1000);
            }
            long open = 0;
            for (Socket s : idle) {
                open += closedByServer(s) ? 0 : 1;
            }
            for (Socket s : loris) {
                open += closedByServer(s) ? 0 : 1;
            }
            assertEquals(0, open, "connections still open " + SlowClients.REQUEST_TIME.plusSeconds(4) + " after");
        } finally {
            for (Socket s : idle) {
                s.close();
            }
            for (Socket s : loris) {
                s.close();
            }
        }
    }

    @Test
    void slowReadersOfAnswersAndDownloadsHoldNoPlaceAndAreCutOff() throws Exception {
        List<Socket> readers = new ArrayList<>();
        try {
            String query = "GET /sparql?query=" + URLEncoder.encode(BIG, StandardCharsets.UTF_8) + " HTTP/1.1\r\n"
                    + "Host: x\r\nAccept: text/csv\r\n\r\n";
            for (int i = 0; i < 16; i++) {
                Socket s = open();
                s.getOutputStream().write(query.getBytes(StandardCharsets.US_ASCII));
                readers.add(s);
            }
            for (int i = 0; i < 20; i++) {
                Socket s = open();
                s.getOutputStream()
                        .write("GET /dumps/large.nt HTTP/1.1\r\nHost: x\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
                readers.add(s);
            }
            byte[] trickle = new byte[2048];
            for (Socket s : readers) {
                s.setSoTimeout(30_000);
                assertTrue(s.getInputStream().read(trickle) > 0, "an answer starts");
                s.setSoTimeout(100);
            }
            long deadline =
                    System.nanoTime() + SlowClients.WINDOW.multipliedBy(3).toNanos();
            int open = readers.size();
            while (System.nanoTime() < deadline && open > 0) {
                open = 0;
                for (Socket s : readers) {
                    if (s.isClosed()) {
                        continue;
                    }
                    try {
                        if (s.getInputStream().read(trickle) < 0) {
                            s.close();
                            continue;
                        }
                        open++;
                    } catch (java.net.SocketTimeoutException e) {
                        open++;
                    } catch (IOException e) {
                        s.close();
                    }
                }
                othersAreServed(open + " slow readers");
                Thread.sleep(1000);
            }
            assertEquals(0, open, "slow readers still connected after " + SlowClients.WINDOW.multipliedBy(3));
        } finally {
            for (Socket s : readers) {
                s.close();
            }
        }
    }

    /**
     * Sixteen clients, as many as there are query places, read their answers at 2 KB/s: half of the answers are
     * held in memory, half in temporary files. Once each query has finished (its answer has started), a quick
     * query from another client is answered 200 within a second, again and again while they read (until the
     * server cuts them off for reading below {@link SlowClients}' rate).
     */
    @Test
    @Tag("slow")
    void sixteenSlowReadersLeaveThePlacesToTheNextQuery() throws Exception {
        List<Socket> readers = new ArrayList<>();
        try {
            for (int i = 0; i < QUERIES; i++) {
                int rows = i % 2 == 0 ? 20_000 : 60_000;
                String query = "SELECT * { ?a ?b ?c . ?d ?e ?f } LIMIT " + rows + " # reader " + i;
                Socket s = open();
                s.getOutputStream()
                        .write(("GET /sparql?query=" + URLEncoder.encode(query, StandardCharsets.UTF_8)
                                        + " HTTP/1.1\r\nHost: x\r\nAccept: text/csv\r\n\r\n")
                                .getBytes(StandardCharsets.US_ASCII));
                readers.add(s);
            }
            Set<Socket> started = new HashSet<>();
            long giveUp = System.nanoTime() + Duration.ofSeconds(60).toNanos();
            while (trickle(readers, started) < QUERIES && System.nanoTime() < giveUp) {
                Thread.sleep(1000);
            }
            for (int second = 0; second < 4; second++) {
                int reading = trickle(readers, started);
                assertTrue(second > 0 || reading == QUERIES, "answers started: " + reading);
                long start = System.nanoTime();
                RawHttp.Response r = raw.send(
                        "127.0.0.2",
                        "GET /sparql?query="
                                + URLEncoder.encode("ASK { ?s ?p \"17th " + second + "\" }", StandardCharsets.UTF_8)
                                + " HTTP/1.1",
                        null,
                        "Accept",
                        "text/csv");
                long millis = (System.nanoTime() - start) / 1_000_000;
                assertEquals(200, r.status(), reading + " slow readers: " + r);
                assertTrue(millis < 1000, reading + " slow readers: answered in " + millis + " ms");
                Thread.sleep(1000);
            }
        } finally {
            for (Socket s : readers) {
                s.close();
            }
        }
    }

    /**
     * Reads up to 2 KB from each open reader, noting in {@code started} those whose answer has begun; how many of
     * those are still open.
     */
    private static int trickle(List<Socket> readers, Set<Socket> started) throws IOException {
        byte[] buf = new byte[2048];
        for (Socket s : readers) {
            if (s.isClosed()) {
                continue;
            }
            try {
                if (s.getInputStream().read(buf) < 0) {
                    s.close();
                } else {
                    started.add(s);
                }
            } catch (java.net.SocketTimeoutException e) {
                // no answer yet, or nothing new this second
            } catch (SocketException e) {
                s.close();
            }
        }
        return (int) started.stream().filter(s -> !s.isClosed()).count();
    }

    @Test
    void aBodySentAByteAtATimeIsCutOff() throws Exception {
        String query = "ASK { ?s ?p ?o }" + " ".repeat(2000);
        try (Socket s = open()) {
            s.setSoTimeout(20_000);
            OutputStream out = s.getOutputStream();
            out.write(("POST /sparql HTTP/1.1\r\nHost: x\r\nContent-Type: application/sparql-query\r\n"
                            + "Content-Length: " + query.length() + "\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            long start = System.nanoTime();
            String answer = null;
            long giveUp = start + Duration.ofSeconds(30).toNanos();
            for (int i = 0; i < query.length() && answer == null && System.nanoTime() < giveUp; i++) {
                try {
                    out.write(query.charAt(i));
                    out.flush();
                } catch (IOException e) {
                    break;
                }
                Thread.sleep(100);
                if (s.getInputStream().available() > 0) {
                    answer = new String(
                            s.getInputStream().readNBytes(s.getInputStream().available()), StandardCharsets.US_ASCII);
                }
                othersAreServed("a body trickling in");
            }
            if (answer == null) {
                // a write refused after the answer was sent: what the server said is still to be read
                s.setSoTimeout(2_000);
                try {
                    answer = new String(s.getInputStream().readNBytes(12), StandardCharsets.US_ASCII);
                } catch (IOException e) {
                    // nothing arrived
                }
            }
            long seconds = (System.nanoTime() - start) / 1_000_000_000L;
            assertTrue(seconds < 29, "the trickle held on for " + seconds + " s");
            assertTrue(answer != null && answer.startsWith("HTTP/1.1 408"), "answer: " + answer);
        }
    }

    @Test
    void pastTheQueryLimitTheNextQueryIsRefusedAtOnce() throws Exception {
        String slow = "SELECT (COUNT(*) AS ?n) { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }";
        List<CompletableFuture<RawHttp.Response>> running = new ArrayList<>();
        for (int i = 0; i < QUERIES; i++) {
            running.add(CompletableFuture.supplyAsync(() ->
                    raw.get("/sparql?query=" + URLEncoder.encode(slow, StandardCharsets.UTF_8), "Accept", "text/csv")));
        }
        Thread.sleep(1500);
        long start = System.nanoTime();
        RawHttp.Response refused = raw.send(
                "127.0.0.2",
                "GET /sparql?query=" + URLEncoder.encode("ASK { ?s ?p 17 }", StandardCharsets.UTF_8) + " HTTP/1.1",
                null);
        long millis = (System.nanoTime() - start) / 1_000_000;
        assertEquals(503, refused.status(), refused::toString);
        assertTrue(millis < 1000, "refused after " + millis + " ms");
        long startHealth = System.nanoTime();
        assertEquals(200, raw.get("/health").status());
        assertTrue((System.nanoTime() - startHealth) / 1_000_000 < 1000, "health check slow");
        for (CompletableFuture<RawHttp.Response> f : running) {
            assertEquals(503, f.get().status(), "each ran to the timeout");
        }
    }
}
