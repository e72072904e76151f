package org.w3id.iomidf.validate;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.shacl.engine.Target;
import org.apache.jena.shacl.engine.TargetType;
import org.apache.jena.shacl.engine.ValidationContext;
import org.apache.jena.shacl.engine.constraint.SparqlConstraint;
import org.apache.jena.shacl.parser.Shape;
import org.apache.jena.shacl.validation.ReportEntry;
import org.apache.jena.shacl.validation.VLib;
import org.apache.jena.shacl.validation.ValidationProc;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.vocabulary.RDF;
import org.w3id.iomidf.map.IDF;
import org.w3id.iomidf.map.PROV;
import org.w3id.iomidf.record.Problem;

/**
 * Validates a whole graph or dataset against the shapes: the reference data before any record is checked against
 * it, and the complete published dataset once more at the end of a build: every target shape over the default
 * graph, and the page-claims shape over each page's named graph (read with the default graph, which holds what
 * the claims link to). Results are located by their focus node's IRI (the page files are no longer at hand).
 *
 * <p>A large dataset can be validated in parts, on several threads: {@link #parts} lists the work in slices,
 * {@link #check} validates one slice, {@link #verdict} joins the results. Together they check exactly what
 * {@link #validate(DatasetGraph)} checks.
 *
 * <pre>{@code
 * Verdict verdict = new GraphValidator(shapes).validate(store);
 * }</pre>
 */
public final class GraphValidator {
    /** Focus nodes (or page graphs) per slice: enough to keep a worker busy, few enough to share the work. */
    private static final int SLICE = 2000;

    private final IdfShapes shapes;

    /**
     * One slice of the work: a target shape with some of its focus nodes in the default graph, or (when
     * {@code shape} is null) the names of some page graphs, each checked against the page-claims shape.
     */
    public record Part(Shape shape, List<Node> nodes) {}

    public GraphValidator(IdfShapes shapes) {
        this.shapes = shapes;
    }

    /** One graph against the target shapes (the reference data, or a dataset's default graph alone). */
    public Verdict validate(Graph graph) {
        return verdict(ShaclValidator.get().validate(shapes.compiled(), graph).getEntries());
    }

    /** The default graph against the target shapes and every named graph against the page-claims shape. */
    public Verdict validate(DatasetGraph dataset) {
        List<ReportEntry> entries = new ArrayList<>();
        parts(dataset).forEach(part -> entries.addAll(check(dataset, part)));
        return verdict(entries);
    }

    /** Every target shape with its focus nodes in the default graph, then the page graphs, in slices. */
    public List<Part> parts(DatasetGraph dataset) {
        List<Part> parts = new ArrayList<>();
        Graph graph = dataset.getDefaultGraph();
        for (Shape shape : shapes.compiled().getTargetShapes()) {
            slices(VLib.focusNodes(graph, shape).iterator(), nodes -> parts.add(new Part(shape, nodes)));
        }
        slices(dataset.listGraphNodes(), nodes -> parts.add(new Part(null, nodes)));
        return parts;
    }

    /**
     * What no record can see alone, in slices: every target shape over the default graph's nodes that are not
     * part of a record (the dataset description, the reference data), the record nodes that several records share
     * (a page whose bytes two projects hold: its node and its graph), and the uniqueness shapes over the subjects
     * that share a value (see {@link #uniqueOn}). Each record was validated before it was published, with the
     * reference data; with these parts, the build's checks together find what {@link #parts} finds over the
     * whole dataset.
     */
    public List<Part> acrossRecords(DatasetGraph dataset) {
        Graph graph = dataset.getDefaultGraph();
        Set<Node> shared = sharedPages(graph);
        List<Part> parts = new ArrayList<>();
        for (Shape shape : shapes.compiled().getTargetShapes()) {
            Optional<Node> unique = uniqueOn(shape);
            Iterator<Node> nodes = unique.isPresent()
                    ? sharingValue(graph, unique.get()).iterator()
                    : VLib.focusNodes(graph, shape).stream()
                            .filter(n -> shared.contains(n) || !inRecord(graph, n))
                            .iterator();
            slices(nodes, slice -> parts.add(new Part(shape, slice)));
        }
        slices(shared.iterator(), slice -> parts.add(new Part(null, slice)));
        return parts;
    }

    /**
     * The property a shape says is unique: a shape that targets the subjects of one property and has a SPARQL
     * constraint (the form the shapes give their uniqueness rules). Only subjects sharing a value can violate it.
     */
    static Optional<Node> uniqueOn(Shape shape) {
        boolean sparql = shape.getConstraints().stream().anyMatch(c -> c instanceof SparqlConstraint);
        if (!sparql || shape.getTargets().size() != 1) {
            return Optional.empty();
        }
        Target target = shape.getTargets().iterator().next();
        return target.getTargetType() == TargetType.targetSubjectsOf
                ? Optional.of(target.getObject())
                : Optional.empty();
    }

    /** The subjects whose value of {@code property} another subject has too. */
    private static Set<Node> sharingValue(Graph graph, Node property) {
        Map<Node, Node> first = new HashMap<>();
        Set<Node> sharing = new LinkedHashSet<>();
        graph.find(Node.ANY, property, Node.ANY).forEachRemaining(t -> {
            Node before = first.putIfAbsent(t.getObject(), t.getSubject());
            if (before != null && !before.equals(t.getSubject())) {
                sharing.add(before);
                sharing.add(t.getSubject());
            }
        });
        return sharing;
    }

    /** Whether {@code node} is a project or a page: what record validation checked. */
    private static boolean inRecord(Graph graph, Node node) {
        return graph.contains(node, RDF.type.asNode(), IDF.Project.asNode())
                || graph.contains(node, RDF.type.asNode(), IDF.SourcePage.asNode());
    }

    /** The pages more than one project derives from (the same bytes under two projects). */
    private static Set<Node> sharedPages(Graph graph) {
        Map<Node, Node> first = new HashMap<>();
        Set<Node> shared = new LinkedHashSet<>();
        graph.find(Node.ANY, PROV.wasDerivedFrom.asNode(), Node.ANY).forEachRemaining(t -> {
            Node before = first.putIfAbsent(t.getObject(), t.getSubject());
            if (before != null && !before.equals(t.getSubject())) {
                shared.add(t.getObject());
            }
        });
        return shared;
    }

    /** The results of one slice; safe to call from several threads at once on a dataset that is only read. */
    public List<ReportEntry> check(DatasetGraph dataset, Part part) {
        if (part.shape() == null) {
            List<ReportEntry> entries = new ArrayList<>();
            for (Node page : part.nodes()) {
                entries.addAll(pageClaims(dataset.getGraph(page), dataset.getDefaultGraph()));
            }
            return entries;
        }
        Graph graph = dataset.getDefaultGraph();
        ValidationContext context = ValidationContext.create(shapes.compiled(), graph);
        for (Node node : part.nodes()) {
            ValidationProc.execValidateShape(context, graph, part.shape(), node);
        }
        return List.copyOf(context.generateReport().getEntries());
    }

    /**
     * What one page says (its named graph) against the page-claims shape: every subject of the graph is a focus
     * node, described by the page's graph alone; its values are read in {@code linked} (code lists, countries).
     */
    List<ReportEntry> pageClaims(Graph claims, Graph linked) {
        Optional<Shape> shape = shapes.pageClaims();
        if (shape.isEmpty()) {
            return List.of();
        }
        PageView data = new PageView(claims, linked);
        ValidationContext context = ValidationContext.create(shapes.compiled(), data);
        for (Node subject : data.subjects()) {
            ValidationProc.execValidateShape(context, data, shape.get(), subject);
        }
        return List.copyOf(context.generateReport().getEntries());
    }

    /** The verdict on all the results of a graph, whether found at once or slice by slice. */
    public Verdict verdict(Collection<ReportEntry> entries) {
        ValidationReport.Builder builder = ValidationReport.create();
        entries.forEach(builder::addReportEntry);
        ValidationReport report = builder.build();
        List<Problem> problems = report.getEntries().stream()
                .map(e -> Results.problem(e, e.focusNode().toString(), 0))
                .toList();
        return Results.verdict(report, problems);
    }

    private static void slices(Iterator<Node> nodes, java.util.function.Consumer<List<Node>> out) {
        List<Node> slice = new ArrayList<>(SLICE);
        while (nodes.hasNext()) {
            slice.add(nodes.next());
            if (slice.size() == SLICE) {
                out.accept(slice);
                slice = new ArrayList<>(SLICE);
            }
        }
        if (!slice.isEmpty()) {
            out.accept(slice);
        }
    }
}
