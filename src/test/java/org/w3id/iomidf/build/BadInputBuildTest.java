package org.w3id.iomidf.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.riot.RDFDataMgr;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3id.iomidf.map.IriMinter;
import org.w3id.iomidf.validate.IdfShapes;

/** Bad pages next to good ones: each bad page gets its located problem, the good ones are published. */
class BadInputBuildTest {
    private static final Path BAD = Path.of("src/test/resources/store/bad-pages");
    private static final Path GOOD = Path.of("src/test/resources/sample/pages");
    private static final List<Path> INPUTS =
            List.of(BAD, GOOD.resolve("BW10P0006-en.txt"), GOOD.resolve("CE.0134-en.txt"));

    @TempDir
    Path out;

    @Test
    void eachBadPageIsReportedWithFileAndLineAndTheRestIsPublished() throws IOException {
        BuildSummary s = new Build(Tools.options(INPUTS, out, "2026-01-01T10:00:00Z")).run();
        assertEquals(11, s.pagesRead(), s::line);
        assertEquals(6, s.quarantined(), s::line);
        // BW10P0006, CE.0134, the unknown-country page and the two-page project
        assertEquals(4, s.published(), s::line);
        assertEquals(1, s.unresolved());
        assertTrue(s.inputProblems());
        String summary = Files.readString(out.resolve("report/summary.txt"));
        assertTrue(summary.startsWith(s.line()), summary);
        assertReported(summary, "empty.txt: ERROR [page] empty page");
        assertReported(summary, "binary.txt: ERROR [page] not a text file");
        assertReported(summary, "no-title.txt: ERROR [title] the page has no title");
        assertReported(
                summary,
                "labels-in-description.txt:5: ERROR [description] field labels in the description: the page was not "
                        + "understood as degenerate layout, and the fields they label were not read (3 label lines) "
                        + "('Start Date, End Date, Budget Amount (USD)')");
        assertReported(summary, "bad-budget.txt:12: ERROR [budgetUSD] not an amount");
        assertReported(summary, "end-before-start.txt:6: ERROR [endYear] end year before start year 2019");
        assertReported(summary, "unknown-country.txt:22: WARNING [countries] unknown country name");
        assertReported(summary, "unknown-country.txt:22: WARNING [countries] SHACL: a beneficiary named");
        assertReported(summary, "conflict-b-en.txt:6: WARNING [endYear] pages of one project disagree on endYear");
        Model quarantine =
                RDFDataMgr.loadModel(out.resolve("report/quarantine.ttl").toString());
        assertEquals(
                6,
                quarantine
                        .listSubjectsWithProperty(org.apache.jena.vocabulary.RDF.type, REPORT.QuarantinedRecord)
                        .toList()
                        .size());
        Model warnings = RDFDataMgr.loadModel(out.resolve("report/warnings.ttl").toString());
        assertEquals(
                s.warnings(),
                warnings.listSubjectsWithProperty(org.apache.jena.vocabulary.RDF.type, REPORT.Problem)
                        .toList()
                        .size());
        Model published = RDFDataMgr.loadModel(out.resolve("dumps/idf-ld.ttl").toString());
        java.util.function.Predicate<String> isPublished =
                id -> published.containsResource(published.createResource("https://w3id.org/iom-idf/project/" + id));
        assertTrue(isPublished.test("ZZ10P9005"), "the two-page project is published");
        assertFalse(isPublished.test("ZZ10P9003"), "end before start is not published");
    }

    @Test
    void aPublishedGraphThatFailsTheFinalCheckSwitchesNothing() throws IOException {
        List<Path> inputs = List.of(GOOD.resolve("CE.0134-en.txt"), GOOD.resolve("CH10P0641-fr.txt"));
        BuildSummary good = new Build(Tools.options(inputs, out, "2026-01-01T10:00:00Z")).run();
        Path strict = Path.of("src/test/resources/store/strict-shapes.ttl");
        Build failing = new Build(
                Tools.options(inputs, out, "2026-01-02T10:00:00Z"), IdfShapes.read(strict, IriMinter.DEFAULT_BASE));
        BuildFailure e = assertThrows(BuildFailure.class, failing::run);
        assertTrue(e.getMessage().contains("does not conform"), e::getMessage);
        assertEquals(good.release().toRealPath(), out.resolve("current").toRealPath());
        assertTrue(Files.exists(out.resolve("dumps/idf-ld.ttl")));
        BuildSummary again = new Build(Tools.options(inputs, out, "2026-01-03T10:00:00Z")).run();
        try (var list = Files.list(out.resolve("releases"))) {
            assertTrue(list.noneMatch(p -> p.toString().endsWith(".tmp")), "debris removed by the next build");
        }
        assertEquals(again.release().toRealPath(), out.resolve("current").toRealPath());
    }

    @Test
    void anUnwritableOutputFolderFailsTheBuild() throws IOException {
        Path file = Files.writeString(out.resolve("not-a-folder"), "x");
        BuildFailure e = assertThrows(
                BuildFailure.class,
                () -> new Build(Tools.options(INPUTS, file.resolve("site"), "2026-01-01T10:00:00Z")).run());
        assertTrue(e.getMessage().contains("cannot write to output folder"), e::getMessage);
        assertTrue(e.getCause() instanceof IOException);
    }

    private static void assertReported(String summary, String expected) {
        assertTrue(summary.contains(expected), () -> "missing '" + expected + "' in\n" + summary);
    }
}
