package org.w3id.iomidf.validate;

import java.util.List;
import org.apache.jena.graph.Graph;
import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.shacl.ValidationReport;
import org.w3id.iomidf.record.Problem;

/**
 * Validates a whole graph against every shape: the reference data before any record is checked against it, and
 * the complete published graph once more at the end of a build. Results are located by their focus node's IRI
 * (the page files are no longer at hand at that point).
 *
 * <pre>{@code
 * Verdict verdict = new GraphValidator(shapes).validate(store.getDefaultGraph());
 * }</pre>
 */
public final class GraphValidator {
    private final IdfShapes shapes;

    public GraphValidator(IdfShapes shapes) {
        this.shapes = shapes;
    }

    public Verdict validate(Graph graph) {
        ValidationReport report = ShaclValidator.get().validate(shapes.compiled(), graph);
        List<Problem> problems = report.getEntries().stream()
                .map(e -> Results.problem(e, e.focusNode().toString(), 0))
                .toList();
        return Results.verdict(report, problems);
    }
}
