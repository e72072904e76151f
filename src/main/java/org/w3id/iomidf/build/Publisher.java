package org.w3id.iomidf.build;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFBase;
import org.apache.jena.riot.system.StreamRDFLib;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.core.Quad;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.w3id.iomidf.map.MergedProject;
import org.w3id.iomidf.map.ProjectMapper;
import org.w3id.iomidf.map.ProjectMerger;
import org.w3id.iomidf.record.Problem;
import org.w3id.iomidf.record.ProjectPage;
import org.w3id.iomidf.store.ProjectTable;
import org.w3id.iomidf.validate.RecordValidator;
import org.w3id.iomidf.validate.Verdict;

/**
 * The second pass, one project at a time: takes the pages of a group back from the first pass's spill, merges
 * them, maps the project to its own small dataset, validates it, and then either publishes its statements (in the
 * order the mapper made them: the default graph's, then each page's graph) and its CSV row, or quarantines it
 * with its SHACL report. Memory per project is that project's triples only.
 *
 * <p>Merging, mapping and validating a project touch nothing shared, so they run {@link InOrder} on one worker per
 * core; the caller takes the outcomes in input order and alone writes to the sink, the CSV table and the report.
 */
final class Publisher {
    private static final Logger LOG = LoggerFactory.getLogger(Publisher.class);

    record Parts(ProjectMerger merger, ProjectMapper mapper, RecordValidator validator) {}

    /**
     * What the second pass made of one group: the project with its statements and problems, or its quarantine when
     * it failed validation.
     */
    private record Outcome(
            MergedProject project, List<Quad> statements, List<Problem> problems, Quarantined rejected) {}

    private final Parts parts;
    private final ProjectTable table;
    private final BuildReport report;
    private final StreamRDF sink;
    private int published;
    private int unresolved;

    Publisher(Parts parts, ProjectTable table, BuildReport report, StreamRDF sink) {
        this.parts = parts;
        this.table = table;
        this.report = report;
        this.sink = sink;
    }

    /** Publishes every group the first pass found, in order; {@code done} is called once per group. */
    void publishAll(FirstPass first, Runnable done) throws IOException {
        InOrder.run(first.groups(), group -> prepare(first.pagesOf(group)), outcome -> {
            apply(outcome);
            done.run();
        });
    }

    /** Merges, maps and validates one group's pages; touches nothing shared. */
    private Outcome prepare(List<PageSpill.Entry> entries) {
        List<ProjectPage> pages = new ArrayList<>();
        List<Problem> problems = new ArrayList<>();
        for (PageSpill.Entry entry : entries) {
            pages.add(entry.page());
            problems.addAll(entry.problems());
        }
        MergedProject project = parts.merger().merge(pages);
        problems.addAll(project.problems());
        DatasetGraph record = DatasetGraphFactory.create();
        List<Quad> statements = new ArrayList<>();
        // Triples become quads of the default graph (named so: the one-argument form marks them as triples in a
        // quad, which no sink takes for the default graph); each statement is kept once, in the order made.
        parts.mapper().map(project, StreamRDFLib.extendTriplesToQuads(Quad.defaultGraphIRI, new StreamRDFBase() {
            @Override
            public void quad(Quad quad) {
                if (!record.contains(quad)) {
                    record.add(quad);
                    statements.add(quad);
                }
            }
        }));
        Verdict verdict = parts.validator().validate(project, record);
        problems.addAll(verdict.problems());
        if (!verdict.publishable()) {
            List<String> files =
                    project.pages().stream().map(p -> p.source().path()).toList();
            return new Outcome(
                    project, List.of(), problems, new Quarantined(project.key(), files, problems, verdict.report()));
        }
        return new Outcome(project, statements, problems, null);
    }

    /** Writes one outcome to the sink, the table and the report; called in input order on one thread. */
    private void apply(Outcome o) throws IOException {
        MergedProject project = o.project();
        if (o.rejected() != null) {
            LOG.debug("project {} quarantined: {}", project.key(), o.problems());
            report.quarantine(o.rejected());
            return;
        }
        o.statements().forEach(sink::quad);
        table.add(project);
        report.warn(o.problems());
        report.published(project);
        published++;
        if (project.values().countries().stream().anyMatch(c -> !c.resolved())) {
            unresolved++;
        }
        LOG.debug(
                "project {} published ({} statements)",
                project.key(),
                o.statements().size());
    }

    int published() {
        return published;
    }

    /** Published projects that name a beneficiary not resolved to a country. */
    int unresolved() {
        return unresolved;
    }
}
