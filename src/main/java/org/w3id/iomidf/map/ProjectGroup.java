package org.w3id.iomidf.map;

import java.util.List;
import java.util.Objects;

/**
 * The pages of one project, in the order they were fed to {@link ProjectGrouping}, and the project's key: the
 * Prima ID if any page has one, else the project ID, else the title key.
 */
public record ProjectGroup(String key, List<String> paths) {
    public ProjectGroup {
        Objects.requireNonNull(key, "key");
        paths = List.copyOf(paths);
        if (paths.isEmpty()) {
            throw new IllegalArgumentException("a project group has at least one page: " + key);
        }
    }
}
