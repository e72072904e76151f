package org.w3id.iomidf.validate;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.compose.Union;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.shacl.engine.ValidationContext;
import org.apache.jena.shacl.parser.Shape;
import org.apache.jena.shacl.validation.ReportEntry;
import org.apache.jena.shacl.validation.VLib;
import org.apache.jena.shacl.validation.ValidationProc;
import org.apache.jena.sparql.core.DatasetGraph;
import org.w3id.iomidf.map.IriMinter;
import org.w3id.iomidf.map.MergedProject;
import org.w3id.iomidf.record.Field;
import org.w3id.iomidf.record.Problem;
import org.w3id.iomidf.record.ProjectPage;

/**
 * Validates one record before it is published: the project and its pages in the default graph, and what each page
 * says in the page's own graph, each read together with the reference data they link to (countries, regions, code
 * lists) so that class and code-list checks see the linked resources. Only the record's own nodes are focus nodes,
 * so the cost per record does not grow with the reference data. Each SHACL result becomes a {@link Problem}
 * located at the page and line the value came from. Never throws on a violation: the returned {@link Verdict} says
 * whether the record may be published.
 *
 * <pre>{@code
 * RecordValidator validator = new RecordValidator(IdfShapes.load(base), referenceGraph, iris);
 * Verdict verdict = validator.validate(project, recordDataset);
 * if (verdict.publishable()) { ... }
 * }</pre>
 */
public final class RecordValidator {
    private final IdfShapes shapes;
    private final Graph reference;
    private final IriMinter iris;
    private final GraphValidator claims;
    private final List<Shape> recordShapes;

    /** @param reference the reference data every record may link to; read, never modified */
    public RecordValidator(IdfShapes shapes, Graph reference, IriMinter iris) {
        this.shapes = Objects.requireNonNull(shapes, "shapes");
        this.reference = Objects.requireNonNull(reference, "reference");
        this.iris = Objects.requireNonNull(iris, "iris");
        this.claims = new GraphValidator(shapes);
        // A record holds one project: the shapes of what must be unique across projects are for the end check.
        this.recordShapes = shapes.compiled().getTargetShapes().stream()
                .filter(s -> GraphValidator.uniqueOn(s).isEmpty())
                .toList();
    }

    /** @param record what the mapper made of {@code project}: project and pages, and each page's graph */
    public Verdict validate(MergedProject project, DatasetGraph record) {
        Graph data = new Union(record.getDefaultGraph(), reference);
        Map<Node, ProjectPage> pages = new LinkedHashMap<>();
        project.pages()
                .forEach(p ->
                        pages.put(NodeFactory.createURI(iris.page(p.source().sha256())), p));
        Node projectNode = NodeFactory.createURI(iris.project(project.key()));
        List<Node> focus = new ArrayList<>();
        focus.add(projectNode);
        focus.addAll(pages.keySet());
        ValidationContext context = ValidationContext.create(shapes.compiled(), data);
        for (Node node : focus) {
            for (Shape shape : recordShapes) {
                if (VLib.isFocusNode(shape, node, data)) {
                    ValidationProc.execValidateShape(context, data, shape, node);
                }
            }
        }
        ValidationReport.Builder builder = ValidationReport.create();
        context.generateReport().getEntries().forEach(builder::addReportEntry);
        Map<ReportEntry, ProjectPage> said = new IdentityHashMap<>();
        for (Map.Entry<Node, ProjectPage> page : pages.entrySet()) {
            for (ReportEntry entry : claims.pageClaims(record.getGraph(page.getKey()), reference)) {
                builder.addReportEntry(entry);
                said.put(entry, page.getValue());
            }
        }
        ValidationReport report = builder.build();
        List<Problem> problems = new ArrayList<>();
        for (ReportEntry entry : report.getEntries()) {
            ProjectPage page = said.getOrDefault(entry, pages.get(entry.focusNode()));
            Field field = ResultFields.of(entry.resultPath());
            problems.add(
                    page != null
                            ? Results.problem(entry, page.source().path(), page.lineOf(field))
                            : located(entry, project.pages(), field));
        }
        return Results.verdict(report, problems);
    }

    /** A result about the project: the first page (in precedence order) that has the field gives file and line. */
    private static Problem located(ReportEntry entry, List<ProjectPage> pages, Field field) {
        ProjectPage page =
                pages.stream().filter(p -> p.lineOf(field) > 0).findFirst().orElse(pages.get(0));
        return Results.problem(entry, page.source().path(), page.lineOf(field));
    }
}
