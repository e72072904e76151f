package org.w3id.iomidf.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3id.iomidf.serve.BuildFixture;
import picocli.CommandLine;

/** {@code serve}'s start-up errors, and the container's script run outside Docker against the real CLI. */
class ServeCommandTest {

    @TempDir
    Path tmp;

    private record Run(int code, String err) {}

    private static Run serve(String... args) {
        CommandLine cl = Main.commandLine();
        StringWriter err = new StringWriter();
        cl.setErr(new PrintWriter(err));
        cl.setOut(new PrintWriter(new StringWriter()));
        String[] all = new String[args.length + 1];
        all[0] = "serve";
        System.arraycopy(args, 0, all, 1, args.length);
        return new Run(cl.execute(all), err.toString());
    }

    @Test
    void missingDirectoryIsAClearFailure() {
        Run r = serve(tmp.resolve("nowhere").toString(), "--port", "0");
        assertEquals(Main.FAILURE, r.code());
        assertTrue(r.err().contains("no such directory"), r.err());
    }

    @Test
    void halfWrittenBuildIsRefused() throws IOException {
        Path dir = tmp.resolve("site");
        Files.createDirectories(dir.resolve("releases/r1/tdb2"));
        Files.createSymbolicLink(dir.resolve("current"), Path.of("releases", "r1"));
        Run r = serve(dir.toString(), "--port", "0");
        assertEquals(Main.FAILURE, r.code());
        assertTrue(r.err().contains("release.json is missing"), r.err());
    }

    @Test
    void aFolderOfPagesSaysToBuildFirst() {
        Run r = serve("src/test/resources/sample", "--port", "0");
        assertEquals(Main.FAILURE, r.code());
        assertTrue(r.err().contains("holds pages, not a build"), r.err());
        assertTrue(r.err().contains("build src/test/resources/sample --out site"), r.err());
    }

    @Test
    void aBuildServedByAnotherProcessNamesItAndHowToRepublish() throws Exception {
        Path dir = BuildFixture.create(tmp.resolve("served"));
        Path log = tmp.resolve("other.log");
        Process other = new ProcessBuilder(
                        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                        "-cp",
                        System.getProperty("java.class.path"),
                        Main.class.getName(),
                        "serve",
                        dir.toString(),
                        "--port",
                        "0")
                .redirectErrorStream(true)
                .redirectOutput(log.toFile())
                .start();
        try {
            for (int i = 0; i < 300 && !Files.readString(log).contains("SPARQL:"); i++) {
                Thread.sleep(100);
            }
            assertTrue(Files.readString(log).contains("SPARQL:"), () -> "the other server did not start");
            Run r = serve(dir.toString(), "--port", "0");
            assertEquals(Main.FAILURE, r.code(), r.err());
            assertTrue(r.err().contains("already served by process " + other.pid()), r.err());
            assertTrue(r.err().contains("build PAGES --out " + dir), r.err());
        } finally {
            other.destroy();
            other.waitFor();
        }
    }

    @Test
    void portTakenIsAClearFailure() throws IOException {
        Path dir = BuildFixture.create(tmp.resolve("site"));
        try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            Run r = serve(dir.toString(), "--port", String.valueOf(taken.getLocalPort()));
            assertEquals(Main.FAILURE, r.code());
            assertTrue(r.err().contains("already in use"), r.err());
        }
    }

    @Test
    void entrypointServesAnExistingBuildAndStopsOnSigterm() throws Exception {
        Path dir = BuildFixture.create(tmp.resolve("site"));
        int port;
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            port = s.getLocalPort();
        }
        Process p = entrypoint(Map.of(
                "IDF_LD_DATA",
                dir.toString(),
                "IDF_LD_PORT",
                String.valueOf(port),
                "IDF_LD_PAGES",
                tmp.resolve("no-pages").toString()));
        try {
            List<String> lines = new ArrayList<>();
            BufferedReader out = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
            for (String line = out.readLine(); line != null && !line.startsWith("dumps:"); line = out.readLine()) {
                lines.add(line);
            }
            assertTrue(lines.contains("browser: http://localhost:" + port + "/"), lines::toString);
            assertTrue(lines.contains("SPARQL:  http://localhost:" + port + "/sparql"), lines::toString);
            HttpResponse<String> health = HttpClient.newHttpClient()
                    .send(
                            HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/health"))
                                    .build(),
                            HttpResponse.BodyHandlers.ofString());
            assertEquals(200, health.statusCode(), health::body);
        } finally {
            p.destroy();
        }
        assertTrue(p.waitFor(30, TimeUnit.SECONDS), "stopped on SIGTERM");
    }

    @Test
    void entrypointWithNothingToServeFails() throws Exception {
        Process p = entrypoint(Map.of(
                "IDF_LD_DATA",
                tmp.resolve("empty").toString(),
                "IDF_LD_PAGES",
                tmp.resolve("no-pages").toString()));
        assertTrue(p.waitFor(30, TimeUnit.SECONDS));
        assertEquals(3, p.exitValue());
        String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(err.contains("nothing to serve"), err);
    }

    private static Process entrypoint(Map<String, String> env) throws IOException {
        ProcessBuilder pb = new ProcessBuilder("bash", "docker/entrypoint.sh");
        pb.environment().putAll(env);
        pb.environment()
                .put(
                        "IDF_LD",
                        Path.of(System.getProperty("java.home"), "bin", "java") + " -cp "
                                + System.getProperty("java.class.path") + " " + Main.class.getName());
        pb.environment().remove("IDF_LD_ALL_INTERFACES");
        return pb.start();
    }
}
