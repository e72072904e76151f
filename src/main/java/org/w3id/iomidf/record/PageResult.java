package org.w3id.iomidf.record;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The outcome of reading one page: the extracted page, if any could be made, and every problem found. A page
 * with an ERROR problem is never published; it is kept in the quarantine report.
 */
public record PageResult(String path, Optional<ProjectPage> page, List<Problem> problems) {
    public PageResult {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(page, "page");
        problems = List.copyOf(problems);
    }

    public boolean hasErrors() {
        return problems.stream().anyMatch(Problem::isError);
    }
}
