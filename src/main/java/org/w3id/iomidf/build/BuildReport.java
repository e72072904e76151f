package org.w3id.iomidf.build;

import java.io.BufferedOutputStream;
import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFWriter;
import org.apache.jena.shacl.vocabulary.SHACL;
import org.apache.jena.vocabulary.RDF;
import org.w3id.iomidf.map.MergedProject;
import org.w3id.iomidf.record.Problem;
import org.w3id.iomidf.release.ReleaseChanges;

/**
 * What a build kept out and what it warned about, written to {@code report/} as Turtle (quarantine.ttl,
 * warnings.ttl: one resource per problem, with file, line, field, value, message and severity; quarantined
 * records link the SHACL report that caused them; duplicates.ttl: the likely duplicates, see {@link
 * LikelyDuplicates}) and as a readable summary.txt. Warnings can be many (one
 * published page in four has one), so they are streamed to disk as they come, not held: the build's memory
 * stays flat in the number of pages.
 */
final class BuildReport implements AutoCloseable {
    private static final String WARNING_LINES = "warnings.txt.part";

    private final List<Quarantined> quarantined = new ArrayList<>();
    private final List<String> earlier = new ArrayList<>();
    private final List<String> others = new ArrayList<>();
    private Path dir;
    private OutputStream turtleOut;
    private StreamRDF turtle;
    private BufferedWriter lines;
    private int warnings;
    /** What changed against the previous release; null until the comparison is done. */
    private ReleaseChanges changes;

    private final LikelyDuplicates duplicates = new LikelyDuplicates();
    private List<LikelyDuplicates.Pair> pairs;

    /** Records what was found of an earlier build that did not complete. */
    /** What changed against the previous release, written into the summary. */
    void changes(ReleaseChanges changes) {
        this.changes = changes;
    }

    void note(String earlierBuild) {
        earlier.add(earlierBuild);
    }

    void quarantine(Quarantined record) {
        quarantined.add(record);
    }

    /** Records a file found among the inputs that is not a page (by its name), so it was not read. */
    void other(String file) {
        others.add(file);
    }

    int otherFiles() {
        return others.size();
    }

    /** The first {@code n} reasons pages were quarantined, one line each. */
    List<String> reasons(int n) {
        return quarantined.stream()
                .flatMap(q -> q.problems().stream().filter(Problem::isError).limit(1))
                .limit(n)
                .map(Problem::toString)
                .toList();
    }

    /** Opens the report folder of the release being built; warnings are written there from now on. */
    void open(Path reportDir) throws IOException {
        dir = Files.createDirectories(reportDir);
        turtleOut = new BufferedOutputStream(Files.newOutputStream(dir.resolve("warnings.ttl")), 1 << 16);
        turtle = StreamRDFWriter.getWriterStream(turtleOut, RDFFormat.TURTLE_BLOCKS);
        turtle.start();
        prefixed().getNsPrefixMap().forEach(turtle::prefix);
        lines = Files.newBufferedWriter(dir.resolve(WARNING_LINES), StandardCharsets.UTF_8);
    }

    void warn(List<Problem> problems) throws IOException {
        for (Problem p : problems) {
            if (p.isError()) {
                continue;
            }
            if (turtle == null) {
                throw new IllegalStateException("warning before the report folder was opened: " + p);
            }
            Model m = ModelFactory.createDefaultModel();
            problem(m, p);
            m.getGraph().find().forEachRemaining(turtle::triple);
            lines.write("- " + p);
            lines.newLine();
            warnings++;
        }
    }

    /** Notes a published project, for the likely duplicates. */
    void published(MergedProject project) {
        duplicates.add(project);
    }

    /** Published projects that are likely another published project in another language (not merged). */
    List<LikelyDuplicates.Pair> likelyDuplicates() {
        if (pairs == null) {
            pairs = duplicates.pairs();
        }
        return pairs;
    }

    /** Pages kept out of the published data. */
    int quarantinedPages() {
        return quarantined.stream().mapToInt(q -> Math.max(1, q.files().size())).sum();
    }

    int warnings() {
        return warnings;
    }

    /** Writes the quarantine and the summary, and completes the warnings, into the folder {@link #open} gave. */
    void write(String summaryLine) throws IOException {
        if (dir == null) {
            throw new IllegalStateException("the report folder was never opened");
        }
        close();
        writeTurtle(dir.resolve("quarantine.ttl"), quarantineModel());
        writeTurtle(dir.resolve("duplicates.ttl"), duplicatesModel());
        Path warningLines = dir.resolve(WARNING_LINES);
        try (PrintWriter out =
                new PrintWriter(Files.newBufferedWriter(dir.resolve("summary.txt"), StandardCharsets.UTF_8))) {
            out.println(summaryLine);
            out.println();
            if (!earlier.isEmpty()) {
                out.println("Earlier builds that did not complete: " + earlier.size());
                earlier.forEach(e -> out.println("- " + e));
                out.println();
            }
            out.println("Quarantined (not published): " + quarantined.size() + " records, " + quarantinedPages()
                    + " pages");
            for (Quarantined q : quarantined) {
                out.println("- " + (q.projectKey() == null ? "page" : "project " + q.projectKey()) + ": "
                        + String.join(", ", q.files()));
                q.problems().forEach(p -> out.println("    " + p));
            }
            out.println();
            out.println("Likely duplicates (published separately, not merged: please check): "
                    + likelyDuplicates().size());
            for (LikelyDuplicates.Pair d : likelyDuplicates()) {
                out.println("- project " + d.unidentified() + " and project " + d.other() + ": " + d.reason());
            }
            out.println();
            out.println("Other files (not pages by their name, not read): " + others.size());
            others.forEach(f -> out.println("- " + f));
            out.println();
            if (changes != null) {
                ChangeLines.write(changes, out);
                out.println();
            }
            out.println("Warnings (published, please check): " + warnings);
            out.flush();
            try (BufferedReader in = Files.newBufferedReader(warningLines, StandardCharsets.UTF_8)) {
                in.transferTo(out);
            }
        }
        Files.delete(warningLines);
    }

    /** Completes and closes the warning files (also when a build fails half-way). */
    @Override
    public void close() throws IOException {
        if (turtle != null) {
            turtle.finish();
            turtle = null;
            turtleOut.close();
            lines.close();
        }
    }

    private Model quarantineModel() {
        Model m = prefixed();
        for (Quarantined q : quarantined) {
            Resource r = m.createResource().addProperty(RDF.type, REPORT.QuarantinedRecord);
            if (q.projectKey() != null) {
                r.addProperty(REPORT.projectKey, q.projectKey());
            }
            q.files().forEach(f -> r.addProperty(REPORT.file, f));
            q.problems().forEach(p -> r.addProperty(REPORT.problem, problem(m, p)));
            if (q.shacl() != null) {
                m.add(q.shacl().getModel());
                r.addProperty(
                        REPORT.validationReport,
                        m.wrapAsResource(q.shacl().getResource().asNode()));
            }
        }
        return m;
    }

    private Model duplicatesModel() {
        Model m = prefixed();
        for (LikelyDuplicates.Pair d : likelyDuplicates()) {
            m.createResource()
                    .addProperty(RDF.type, REPORT.LikelyDuplicate)
                    .addProperty(REPORT.projectKey, d.unidentified())
                    .addProperty(REPORT.otherProjectKey, d.other())
                    .addProperty(REPORT.message, d.reason());
        }
        return m;
    }

    private static Resource problem(Model m, Problem p) {
        Resource r = m.createResource()
                .addProperty(RDF.type, REPORT.Problem)
                .addProperty(REPORT.source, p.source())
                .addLiteral(REPORT.line, m.createTypedLiteral(String.valueOf(p.line()), XSDDatatype.XSDinteger))
                .addProperty(REPORT.field, p.field().key())
                .addProperty(REPORT.message, p.message())
                .addProperty(REPORT.severity, m.wrapAsResource(p.isError() ? SHACL.Violation : SHACL.Warning));
        if (p.value() != null) {
            r.addProperty(REPORT.value, p.value());
        }
        return r;
    }

    private static Model prefixed() {
        Model m = ModelFactory.createDefaultModel();
        m.setNsPrefix("report", REPORT.NS);
        m.setNsPrefix("sh", SHACL.getURI());
        m.setNsPrefix("rdf", RDF.getURI());
        return m;
    }

    private static void writeTurtle(Path file, Model m) throws IOException {
        try (OutputStream out = Files.newOutputStream(file)) {
            RDFDataMgr.write(out, m, RDFFormat.TURTLE_PRETTY);
        }
    }
}
