package org.w3id.iomidf.store;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFLib;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.core.Quad;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.w3id.iomidf.map.MergedProject;
import org.w3id.iomidf.map.ProjectGroup;
import org.w3id.iomidf.map.ProjectMapper;
import org.w3id.iomidf.map.ProjectMerger;
import org.w3id.iomidf.record.PageResult;
import org.w3id.iomidf.record.Problem;
import org.w3id.iomidf.record.ProjectPage;
import org.w3id.iomidf.source.PageParser;
import org.w3id.iomidf.validate.RecordValidator;
import org.w3id.iomidf.validate.Verdict;

/**
 * The second pass, one project at a time: re-reads the pages of a group, merges them, maps the project to its
 * own small dataset, validates it, and then either publishes its statements (the default graph's, then each
 * page's graph, grouped by subject, in a fixed order) and its CSV row, or quarantines it with its SHACL report. Memory per project is that project's triples only.
 *
 * <p>Reading, merging, mapping and validating a project touch nothing shared, so they run {@link InOrder} on one
 * worker per core; the caller takes the outcomes in input order and alone writes to the sink, the CSV table and
 * the report.
 */
final class Publisher {
    private static final Logger LOG = LoggerFactory.getLogger(Publisher.class);
    private static final Comparator<Triple> ORDER = Comparator.comparing(
                    (Triple t) -> t.getSubject().toString())
            .thenComparing(t -> t.getPredicate().toString())
            .thenComparing(t -> t.getObject().toString());

    record Parts(PageParser parser, ProjectMerger merger, ProjectMapper mapper, RecordValidator validator) {}

    /**
     * What the second pass made of one group: the pages that had become unreadable, and the project with its
     * sorted triples and problems (null when no page was left), or its quarantine when it failed validation.
     */
    private record Outcome(
            List<Quarantined> changed,
            MergedProject project,
            List<Triple> triples,
            List<Quad> claims,
            List<Problem> problems,
            Quarantined rejected) {}

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

    /** Publishes every group, in order; {@code done} is called once per group. */
    void publishAll(List<ProjectGroup> groups, Runnable done) throws IOException {
        InOrder.run(groups, this::prepare, outcome -> {
            apply(outcome);
            done.run();
        });
    }

    /** Reads, merges, maps and validates one group; touches nothing shared. */
    private Outcome prepare(ProjectGroup group) {
        List<Quarantined> changed = new ArrayList<>();
        List<ProjectPage> pages = new ArrayList<>();
        List<Problem> problems = new ArrayList<>();
        for (String path : group.paths()) {
            PageResult result = parts.parser().parse(Path.of(path));
            if (result.hasErrors() || result.page().isEmpty()) {
                // The file changed since the first pass: judge it as it is now.
                changed.add(new Quarantined(null, List.of(path), result.problems(), null));
            } else {
                pages.add(result.page().get());
                problems.addAll(result.problems());
            }
        }
        if (pages.isEmpty()) {
            return new Outcome(changed, null, List.of(), List.of(), List.of(), null);
        }
        MergedProject project = parts.merger().merge(pages);
        problems.addAll(project.problems());
        DatasetGraph record = DatasetGraphFactory.create();
        parts.mapper().map(project, StreamRDFLib.dataset(record));
        Verdict verdict = parts.validator().validate(project, record);
        problems.addAll(verdict.problems());
        if (!verdict.publishable()) {
            List<String> files =
                    project.pages().stream().map(p -> p.source().path()).toList();
            Quarantined q = new Quarantined(project.key(), files, problems, verdict.report());
            return new Outcome(changed, project, List.of(), List.of(), problems, q);
        }
        List<Triple> triples = sorted(record.getDefaultGraph());
        List<Quad> claims = new ArrayList<>();
        List<Node> graphs = new ArrayList<>();
        record.listGraphNodes().forEachRemaining(graphs::add);
        graphs.sort(Comparator.comparing(Node::toString));
        for (Node page : graphs) {
            sorted(record.getGraph(page)).forEach(t -> claims.add(Quad.create(page, t)));
        }
        return new Outcome(changed, project, triples, claims, problems, null);
    }

    /** Writes one outcome to the sink, the table and the report; called in input order on one thread. */
    private void apply(Outcome o) throws IOException {
        o.changed().forEach(report::quarantine);
        MergedProject project = o.project();
        if (project == null) {
            return;
        }
        if (o.rejected() != null) {
            LOG.debug("project {} quarantined: {}", project.key(), o.problems());
            report.quarantine(o.rejected());
            return;
        }
        o.triples().forEach(sink::triple);
        o.claims().forEach(sink::quad);
        table.add(project);
        report.warn(o.problems());
        published++;
        if (project.values().countries().stream().anyMatch(c -> !c.resolved())) {
            unresolved++;
        }
        LOG.debug(
                "project {} published ({} triples)", project.key(), o.triples().size());
    }

    private static List<Triple> sorted(Graph graph) {
        List<Triple> triples = graph.find().toList();
        triples.sort(ORDER);
        return triples;
    }

    int published() {
        return published;
    }

    /** Published projects that name a beneficiary not resolved to a country. */
    int unresolved() {
        return unresolved;
    }
}
