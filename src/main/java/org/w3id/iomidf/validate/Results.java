package org.w3id.iomidf.validate;

import java.util.List;
import org.apache.jena.graph.Node;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.shacl.validation.ReportEntry;
import org.apache.jena.shacl.validation.Severity;
import org.w3id.iomidf.record.Field;
import org.w3id.iomidf.record.Problem;
import org.w3id.iomidf.validate.Verdict.Outcome;

/** Turns SHACL results into problems and a verdict: a violation is an ERROR, a warning or info a WARNING. */
final class Results {
    private Results() {}

    static Problem problem(ReportEntry entry, String source, int line) {
        Field field = ResultFields.of(entry.resultPath());
        org.w3id.iomidf.record.Severity severity =
                isViolation(entry) ? org.w3id.iomidf.record.Severity.ERROR : org.w3id.iomidf.record.Severity.WARNING;
        return new Problem(source, line, field, shown(entry.value()), "SHACL: " + entry.message(), severity);
    }

    static Verdict verdict(ValidationReport report, List<Problem> problems) {
        Outcome outcome;
        if (report.getEntries().stream().anyMatch(Results::isViolation)) {
            outcome = Outcome.VIOLATIONS;
        } else {
            outcome = report.getEntries().isEmpty() ? Outcome.CONFORMS : Outcome.WARNINGS;
        }
        return new Verdict(outcome, report, problems);
    }

    static boolean isViolation(ReportEntry entry) {
        return Severity.Violation.equals(entry.severity());
    }

    /** The offending value as a reader would write it: a literal's text, an IRI, or null. */
    private static String shown(Node value) {
        if (value == null) {
            return null;
        }
        return value.isLiteral() ? value.getLiteralLexicalForm() : value.toString();
    }
}
