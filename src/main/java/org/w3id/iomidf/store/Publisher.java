package org.w3id.iomidf.store;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFLib;
import org.apache.jena.sparql.graph.GraphFactory;
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
 * own small graph, validates it, and then either publishes its triples (grouped by subject, in a fixed order) and
 * its CSV row, or quarantines it with its SHACL report. Memory per project is that project's triples only.
 */
final class Publisher {
    private static final Logger LOG = LoggerFactory.getLogger(Publisher.class);
    private static final Comparator<Triple> ORDER = Comparator.comparing(
                    (Triple t) -> t.getSubject().toString())
            .thenComparing(t -> t.getPredicate().toString())
            .thenComparing(t -> t.getObject().toString());

    record Parts(PageParser parser, ProjectMerger merger, ProjectMapper mapper, RecordValidator validator) {}

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

    void publish(ProjectGroup group) throws IOException {
        List<ProjectPage> pages = new ArrayList<>();
        List<Problem> problems = new ArrayList<>();
        for (String path : group.paths()) {
            PageResult result = parts.parser().parse(Path.of(path));
            if (result.hasErrors() || result.page().isEmpty()) {
                // The file changed since the first pass: judge it as it is now.
                report.quarantine(new Quarantined(null, List.of(path), result.problems(), null));
            } else {
                pages.add(result.page().get());
                problems.addAll(result.problems());
            }
        }
        if (pages.isEmpty()) {
            return;
        }
        MergedProject project = parts.merger().merge(pages);
        problems.addAll(project.problems());
        Graph record = GraphFactory.createGraphMem();
        parts.mapper().map(project, StreamRDFLib.graph(record));
        Verdict verdict = parts.validator().validate(project, record);
        problems.addAll(verdict.problems());
        if (!verdict.publishable()) {
            LOG.debug("project {} quarantined: {}", project.key(), verdict.problems());
            List<String> files =
                    project.pages().stream().map(p -> p.source().path()).toList();
            report.quarantine(new Quarantined(project.key(), files, problems, verdict.report()));
            return;
        }
        record.find().toList().stream().sorted(ORDER).forEach(sink::triple);
        table.add(project);
        report.warn(problems);
        published++;
        if (project.values().countries().stream().anyMatch(c -> !c.resolved())) {
            unresolved++;
        }
        LOG.debug("project {} published ({} triples)", project.key(), record.size());
    }

    int published() {
        return published;
    }

    /** Published projects that name a beneficiary not resolved to a country. */
    int unresolved() {
        return unresolved;
    }
}
