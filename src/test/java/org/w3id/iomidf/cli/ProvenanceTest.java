package org.w3id.iomidf.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.ResourceFactory;
import org.apache.jena.riot.RDFDataMgr;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * Portable provenance through the real {@code build}: the same pages copied under two different absolute
 * folders give byte-identical data dumps, each page named relative to the argument it was found under; a
 * page's web address comes from a saved page's canonical link or from a sources manifest (CSV or JSON Lines),
 * and a manifest that cannot be read stops the build before it writes anything.
 */
class ProvenanceTest {
    /** schema:url as the ontology and the {@code schema} prefix name it. */
    private static final Property WEB_ADDRESS = ResourceFactory.createProperty("http://schema.org/url");

    private static final Path SAMPLE = Path.of("src/test/resources/sample");
    private static final String IDF = "https://w3id.org/iom-idf/ontology#";

    @TempDir
    Path tmp;

    private final StringWriter stderr = new StringWriter();

    private int build(String... args) {
        CommandLine cl = Main.commandLine();
        cl.setOut(new PrintWriter(new StringWriter()));
        cl.setErr(new PrintWriter(stderr));
        return cl.execute(args);
    }

    private static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> walk = Files.walk(from)) {
            for (Path p : walk.toList()) {
                Path target = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(p, target);
                }
            }
        }
    }

    private static List<String> values(Model m, Property p) {
        return m.listObjectsOfProperty(p).mapWith(RDFNode::toString).toList().stream()
                .sorted()
                .toList();
    }

    @Test
    void theSamePagesFromTwoFoldersGiveTheSameDumps() throws IOException {
        Path a = tmp.resolve("a/pages");
        Path b = tmp.toAbsolutePath().resolve("somewhere/else/entirely/pages");
        copyTree(SAMPLE.resolve("pages"), a);
        copyTree(SAMPLE.resolve("pages"), b);
        assertEquals(
                Main.OK,
                build("build", a.toString(), "--out", tmp.resolve("site-a").toString()),
                stderr::toString);
        assertEquals(
                Main.OK,
                build("build", b.toString(), "--out", tmp.resolve("site-b").toString()),
                stderr::toString);
        for (String dump : List.of("idf-ld.ttl", "idf-ld.nt.gz", "idf-ld.jsonld.gz", "idf-ld-projects.csv")) {
            assertArrayEquals(
                    Files.readAllBytes(tmp.resolve("site-a/dumps").resolve(dump)),
                    Files.readAllBytes(tmp.resolve("site-b/dumps").resolve(dump)),
                    dump + " differs between the two folders");
        }
        Model m = RDFDataMgr.loadModel(tmp.resolve("site-b/dumps/idf-ld.ttl").toString());
        List<String> files = values(m, m.createProperty(IDF + "file"));
        assertFalse(files.isEmpty());
        for (String f : files) {
            assertFalse(f.contains("/") || f.contains(tmp.toString()), "not relative to the argument: " + f);
        }
        assertTrue(files.contains("BW10P0006-en.txt"), files::toString);
        assertEquals(
                Main.OK,
                build(
                        "build",
                        tmp.resolve("a").toString(),
                        "--out",
                        tmp.resolve("site-c").toString()),
                stderr::toString);
        Model c = RDFDataMgr.loadModel(tmp.resolve("site-c/dumps/idf-ld.ttl").toString());
        assertTrue(values(c, c.createProperty(IDF + "file")).contains("pages/BW10P0006-en.txt"));
    }

    @Test
    void webAddressesFromTheSavedPageAndFromAManifest() throws IOException {
        Path pages = Files.createDirectories(tmp.resolve("pages"));
        String html = Files.readString(Path.of("src/test/resources/html/TN10P0002-en.html"), StandardCharsets.UTF_8);
        String canonical = "https://www.iom.int/project/tn10p0002";
        Files.writeString(
                pages.resolve("TN10P0002-en.html"),
                html.replaceFirst("(?i)<head>", "<head><link rel=\"canonical\" href=\"" + canonical + "\">"));
        Files.copy(SAMPLE.resolve("pages/BW10P0006-en.txt"), pages.resolve("BW10P0006-en.txt"));
        Files.copy(SAMPLE.resolve("pages/CE.0134-en.txt"), pages.resolve("CE.0134-en.txt"));
        Path csv = Files.writeString(
                tmp.resolve("sources.csv"),
                "file,url,retrieved_at\nBW10P0006-en.txt,https://developmentfund.iom.int/projects/bw10p0006,"
                        + "2026-11-30T10:00:00Z\n");
        Path jsonl = Files.writeString(
                tmp.resolve("sources.jsonl"),
                "{\"file\":\"./CE.0134-en.txt\",\"url\":\"https://www.iom.int/ce-0134\"}\n");
        assertTrue(
                build("build", pages.toString(), "--out", tmp.resolve("s1").toString(), "--sources", csv.toString())
                        <= 1,
                stderr::toString);
        Model m = RDFDataMgr.loadModel(tmp.resolve("s1/dumps/idf-ld.ttl").toString());
        assertEquals(List.of("https://developmentfund.iom.int/projects/bw10p0006", canonical), values(m, WEB_ADDRESS));
        assertTrue(
                build("build", pages.toString(), "--out", tmp.resolve("s2").toString(), "--sources", jsonl.toString())
                        <= 1,
                stderr::toString);
        Model n = RDFDataMgr.loadModel(tmp.resolve("s2/dumps/idf-ld.ttl").toString());
        assertEquals(List.of("https://www.iom.int/ce-0134", canonical), values(n, WEB_ADDRESS));
    }

    @Test
    void aManifestThatCannotBeReadStopsTheBuild() throws IOException {
        Path out = tmp.resolve("never");
        for (String manifest : List.of("file,url\nX.txt,javascript:alert(1)\n", "X.txt,https://example.org/x\n")) {
            Path file = Files.writeString(tmp.resolve("sources.csv"), manifest);
            int code = build(
                    "build", SAMPLE.resolve("pages").toString(), "--out", out.toString(), "--sources", file.toString());
            assertEquals(Main.USAGE, code, stderr::toString);
            assertTrue(stderr.toString().contains("sources.csv"), stderr::toString);
            assertFalse(Files.exists(out), "written before the manifest was read");
        }
        assertTrue(stderr.toString().contains("sources.csv:2: not an absolute http(s) address"), stderr::toString);
    }
}
