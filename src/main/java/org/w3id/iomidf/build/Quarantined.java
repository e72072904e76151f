package org.w3id.iomidf.build;

import java.util.List;
import java.util.Objects;
import org.apache.jena.shacl.ValidationReport;
import org.w3id.iomidf.record.Problem;

/**
 * A record kept out of the published data: a page that could not be read or parsed, or a project whose triples
 * violate the shapes.
 *
 * @param projectKey the project key, or null for a page that never became a project
 * @param files the files it came from
 * @param problems every problem found, errors and warnings
 * @param shacl the SHACL report that quarantined it, or null
 */
record Quarantined(String projectKey, List<String> files, List<Problem> problems, ValidationReport shacl) {
    Quarantined {
        files = List.copyOf(files);
        problems = List.copyOf(problems);
        Objects.requireNonNull(files, "files");
    }
}
