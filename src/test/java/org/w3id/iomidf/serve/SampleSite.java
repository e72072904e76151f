package org.w3id.iomidf.serve;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonObject;
import org.w3id.iomidf.build.Build;
import org.w3id.iomidf.build.BuildOptions;
import org.w3id.iomidf.build.BuildSummary;
import org.w3id.iomidf.map.IriMinter;

/** Real builds of the bundled sample pages (all of them, or the first n) into a build directory. */
final class SampleSite {

    static final Path SAMPLE = Path.of("src/test/resources/sample");
    static final String PROJECTS = "PREFIX idf: <https://w3id.org/iom-idf/ontology#> "
            + "SELECT (COUNT(DISTINCT ?p) AS ?n) WHERE { ?p a idf:Project }";

    private SampleSite() {}

    /** Runs the real build over {@code inputs} into {@code out}; the new release is live when it returns. */
    static BuildSummary build(Path out, List<Path> inputs) {
        return new Build(new BuildOptions(inputs, out, IriMinter.DEFAULT_BASE, false, Clock.systemUTC())).run();
    }

    /** Builds every bundled sample page and seed into {@code out}; the new release is live when it returns. */
    static BuildSummary buildAll(Path out) {
        return build(out, List.of(SAMPLE.resolve("pages"), SAMPLE.resolve("seeds")));
    }

    /** Copies the first {@code n} sample pages, in name order, into {@code into}. */
    static Path firstPages(Path into, int n) throws IOException {
        Files.createDirectories(into);
        for (Path p : pages().subList(0, n)) {
            Files.copy(p, into.resolve(p.getFileName()));
        }
        return into;
    }

    static List<Path> pages() throws IOException {
        try (Stream<Path> s = Files.list(SAMPLE.resolve("pages"))) {
            return s.filter(Files::isRegularFile)
                    .filter(p -> !p.getFileName().toString().endsWith(".md"))
                    .sorted()
                    .toList();
        }
    }

    /** The expected answers beside the pages in {@code folder} (its expected/*.json), read as plain JSON. */
    static List<JsonObject> expected(Path folder) throws IOException {
        List<JsonObject> out = new ArrayList<>();
        try (Stream<Path> s = Files.list(folder.resolve("expected"))) {
            for (Path p : s.filter(f -> f.toString().endsWith(".json")).sorted().toList()) {
                out.add(JSON.parse(Files.readString(p, StandardCharsets.UTF_8)));
            }
        }
        return out;
    }

    /** The query string of a GET of {@code sparql}. */
    static String query(String sparql) {
        return "/sparql?query=" + URLEncoder.encode(sparql, StandardCharsets.UTF_8);
    }
}
