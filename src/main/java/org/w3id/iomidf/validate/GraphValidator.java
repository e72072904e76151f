package org.w3id.iomidf.validate;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.shacl.engine.ValidationContext;
import org.apache.jena.shacl.parser.Shape;
import org.apache.jena.shacl.validation.ReportEntry;
import org.apache.jena.shacl.validation.VLib;
import org.apache.jena.shacl.validation.ValidationProc;
import org.w3id.iomidf.record.Problem;

/**
 * Validates a whole graph against every shape: the reference data before any record is checked against it, and
 * the complete published graph once more at the end of a build. Results are located by their focus node's IRI
 * (the page files are no longer at hand at that point).
 *
 * <p>A large graph can be validated in parts, on several threads: {@link #parts} lists every (shape, focus nodes)
 * pair in slices, {@link #check} validates one slice, {@link #verdict} joins the results. Together they check
 * exactly what {@link #validate} checks, in the same order.
 *
 * <pre>{@code
 * Verdict verdict = new GraphValidator(shapes).validate(store.getDefaultGraph());
 * }</pre>
 */
public final class GraphValidator {
    /** Focus nodes per slice: enough to keep a worker busy, few enough to share the work evenly. */
    private static final int SLICE = 2000;

    private final IdfShapes shapes;

    /** A shape and some of its focus nodes: one slice of the work. */
    public record Part(Shape shape, List<Node> focusNodes) {}

    public GraphValidator(IdfShapes shapes) {
        this.shapes = shapes;
    }

    public Verdict validate(Graph graph) {
        return verdict(ShaclValidator.get().validate(shapes.compiled(), graph).getEntries());
    }

    /** Every target shape with its focus nodes in {@code graph}, in slices. */
    public List<Part> parts(Graph graph) {
        List<Part> parts = new ArrayList<>();
        for (Shape shape : shapes.compiled().getTargetShapes()) {
            Collection<Node> focus = VLib.focusNodes(graph, shape);
            List<Node> slice = new ArrayList<>(SLICE);
            for (Node node : focus) {
                slice.add(node);
                if (slice.size() == SLICE) {
                    parts.add(new Part(shape, slice));
                    slice = new ArrayList<>(SLICE);
                }
            }
            if (!slice.isEmpty()) {
                parts.add(new Part(shape, slice));
            }
        }
        return parts;
    }

    /** The results of one slice; safe to call from several threads at once on a graph that is only read. */
    public List<ReportEntry> check(Graph graph, Part part) {
        ValidationContext context = ValidationContext.create(shapes.compiled(), graph);
        for (Node node : part.focusNodes()) {
            ValidationProc.execValidateShape(context, graph, part.shape(), node);
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
}
