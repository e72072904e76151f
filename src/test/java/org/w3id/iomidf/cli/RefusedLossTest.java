package org.w3id.iomidf.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3id.iomidf.serve.LinkedDataServer;
import org.w3id.iomidf.serve.ServeConfig;
import picocli.CommandLine;

/**
 * A mistake at the keyboard never takes the live data away: with a server running on a published sample, the
 * real {@code build} command given a misspelt folder, a folder of things that are not project pages, or far
 * fewer pages than before answers with its exit code and one line, and the server keeps serving every
 * project. {@code --allow-shrink} and {@code --min-share} publish on purpose.
 */
class RefusedLossTest {
    private static final Path SAMPLE = Path.of("src/test/resources/sample");
    private static final String COUNT =
            "SELECT (COUNT(DISTINCT ?p) AS ?n) { ?p a <https://w3id.org/iom-idf/ontology#Project> }";

    @TempDir
    Path tmp;

    private Path site;
    private LinkedDataServer server;
    private int live;
    private StringWriter stdout;
    private StringWriter stderr;

    @BeforeEach
    void publishAndServe() {
        site = tmp.resolve("site");
        assertEquals(Main.OK, run("build", SAMPLE.resolve("pages").toString(), "--out", site.toString()), this::err);
        server = LinkedDataServer.start(ServeConfig.of(site, 0));
        live = projects();
        assertTrue(live > 20, "projects served: " + live);
    }

    @AfterEach
    void stop() {
        server.close();
    }

    private int run(String... args) {
        stdout = new StringWriter();
        stderr = new StringWriter();
        CommandLine cl = Main.commandLine();
        cl.setOut(new PrintWriter(stdout));
        cl.setErr(new PrintWriter(stderr));
        return cl.execute(args);
    }

    private String err() {
        return "stdout:\n" + stdout + "\nstderr:\n" + stderr;
    }

    /** The projects the running server answers with, after giving its watcher time to switch. */
    private int projects() {
        try {
            Thread.sleep(1500);
            HttpResponse<String> r = HttpClient.newHttpClient()
                    .send(
                            HttpRequest.newBuilder(URI.create("http://localhost:" + server.port() + "/sparql?query="
                                            + java.net.URLEncoder.encode(COUNT, StandardCharsets.UTF_8)))
                                    .header("Accept", "text/csv")
                                    .timeout(Duration.ofSeconds(30))
                                    .build(),
                            HttpResponse.BodyHandlers.ofString());
            return Integer.parseInt(r.body().strip().split("\r\n")[1]);
        } catch (IOException | InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }

    private List<Path> releases() throws IOException {
        try (Stream<Path> s = Files.list(site.resolve("releases"))) {
            return s.sorted().toList();
        }
    }

    private void assertLiveUntouched(Path current) throws IOException {
        assertEquals(current, Files.readSymbolicLink(site.resolve("current")), "current was switched");
        assertEquals(live, projects(), "the server lost projects");
    }

    @Test
    void aMisspeltFolderIsAUsageErrorAndWritesNothing() throws IOException {
        Path current = Files.readSymbolicLink(site.resolve("current"));
        List<Path> before = releases();
        int code = run("build", SAMPLE.resolveSibling("smaple").toString(), "--out", site.toString());
        assertEquals(Main.USAGE, code, this::err);
        assertEquals(1, stderr.toString().strip().lines().count(), this::err);
        assertTrue(stderr.toString().contains("no such file or folder"), this::err);
        assertEquals(before, releases(), "something was written");
        assertLiveUntouched(current);
        Path fresh = tmp.resolve("fresh");
        assertEquals(Main.USAGE, run("build", tmp.resolve("missing").toString(), "--out", fresh.toString()));
        assertFalse(Files.exists(fresh), "a new output folder was made for nothing");
    }

    @Test
    void aFolderOfThingsThatAreNotPagesIsNotPublished() throws IOException {
        Path junk = Files.createDirectories(tmp.resolve("junk"));
        Files.writeString(junk.resolve("minutes.txt"), "Minutes of the meeting\nWe met and agreed on next steps.\n");
        Files.writeString(
                junk.resolve("report.txt"), "%PDF-1.4\n%\u00e2\u00e3\n1 0 obj\n", StandardCharsets.ISO_8859_1);
        Files.write(junk.resolve("annex.pdf"), "%PDF-1.7 binary".getBytes(StandardCharsets.US_ASCII));
        Path current = Files.readSymbolicLink(site.resolve("current"));
        int code = run("build", junk.toString(), "--out", site.toString());
        assertEquals(Main.FAILURE, code, this::err);
        String line = stderr.toString().strip();
        assertEquals(1, line.lines().count(), this::err);
        assertTrue(line.contains("not published: no project was found"), line);
        assertTrue(line.contains("2 quarantined, 1 other files"), line);
        assertTrue(line.contains("--allow-shrink"), line);
        assertLiveUntouched(current);
        Path report = Path.of(line.substring(line.indexOf("report: ") + 8));
        String summary = Files.readString(report);
        assertTrue(summary.contains("not a page: a PDF document"), summary);
        assertTrue(summary.contains("no project fields found"), summary);
        assertTrue(summary.contains("annex.pdf"), summary);

        assertEquals(Main.OK, run("build", SAMPLE.resolve("pages").toString(), "--out", site.toString()), this::err);
        assertTrue(stdout.toString().startsWith("pages read"), this::err);
        String next = Files.readString(site.resolve("report/summary.txt"));
        assertTrue(next.contains("did not complete") && next.contains("not published"), next);
    }

    @Test
    void farFewerProjectsAreNotPublishedUnlessAsked() throws IOException {
        Path few = Files.createDirectories(tmp.resolve("few"));
        try (Stream<Path> pages = Files.list(SAMPLE.resolve("pages"))) {
            for (Path p : pages.filter(p -> p.toString().endsWith(".txt"))
                    .sorted()
                    .limit(3)
                    .toList()) {
                Files.copy(p, few.resolve(p.getFileName()));
            }
        }
        Path current = Files.readSymbolicLink(site.resolve("current"));
        assertEquals(Main.FAILURE, run("build", few.toString(), "--out", site.toString()), this::err);
        assertTrue(stderr.toString().contains("against " + live + " in the live release"), this::err);
        assertLiveUntouched(current);
        assertEquals(Main.FAILURE, run("build", few.toString(), "--out", site.toString(), "--min-share", "0.2"));
        assertEquals(Main.OK, run("build", few.toString(), "--out", site.toString(), "--min-share", "0.05"), this::err);
        assertTrue(projects() < live, "published on purpose");
        assertEquals(Main.USAGE, run("build", few.toString(), "--out", site.toString(), "--min-share", "2"));
    }

    @Test
    void theConsoleNamesTheReportAndTheFirstReasons() throws IOException {
        Path mixed = Files.createDirectories(tmp.resolve("mixed"));
        try (Stream<Path> pages = Files.list(SAMPLE.resolve("pages"))) {
            for (Path p : pages.filter(p -> p.toString().endsWith(".txt")).toList()) {
                Files.copy(p, mixed.resolve(p.getFileName()));
            }
        }
        Files.writeString(mixed.resolve("empty.txt"), "");
        Files.writeString(mixed.resolve("note.txt"), "Minutes of the meeting\nTwo lines.\n");
        assertEquals(Main.INPUT_PROBLEMS, run("build", mixed.toString(), "--out", site.toString()), this::err);
        List<String> lines = stdout.toString().lines().toList();
        assertTrue(lines.get(0).startsWith("pages read"), this::err);
        assertTrue(lines.get(0).contains("quarantined 2"), this::err);
        assertTrue(lines.get(1).startsWith("report: ") && lines.get(1).endsWith("summary.txt"), this::err);
        assertTrue(Files.isRegularFile(Path.of(lines.get(1).substring(8))), this::err);
        assertTrue(
                stdout.toString().contains("empty page") && stdout.toString().contains("no project fields"), this::err);
        assertEquals(live, projects());
    }
}
