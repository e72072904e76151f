package org.w3id.iomidf.validate;

import java.util.List;
import java.util.Objects;
import org.apache.jena.shacl.ValidationReport;
import org.w3id.iomidf.record.Problem;

/**
 * What validation found for one record (or for a whole graph): the outcome that decides publication, the SHACL
 * report as produced, and each result as a located {@link Problem}. A policy elsewhere decides what to do with it.
 */
public record Verdict(Outcome outcome, ValidationReport report, List<Problem> problems) {
    /** CONFORMS: no result; WARNINGS: only warnings (or info), publishable; VIOLATIONS: not publishable. */
    public enum Outcome {
        CONFORMS,
        WARNINGS,
        VIOLATIONS
    }

    public Verdict {
        Objects.requireNonNull(outcome, "outcome");
        Objects.requireNonNull(report, "report");
        problems = List.copyOf(problems);
    }

    public boolean publishable() {
        return outcome != Outcome.VIOLATIONS;
    }
}
