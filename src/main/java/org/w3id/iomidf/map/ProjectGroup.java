package org.w3id.iomidf.map;

import java.util.List;
import java.util.Objects;

/**
 * The pages of one project and the project's key: the Prima ID if any page has one, else the project ID, else the
 * title key. {@code paths} are sorted; {@code added} gives, for each of them, the position in which that page was
 * fed to {@link ProjectGrouping} (0 for the first page added), so that whoever kept the pages in that order finds
 * them again without a map from path.
 */
public record ProjectGroup(String key, List<String> paths, List<Integer> added) {
    public ProjectGroup {
        Objects.requireNonNull(key, "key");
        paths = List.copyOf(paths);
        added = List.copyOf(added);
        if (paths.isEmpty()) {
            throw new IllegalArgumentException("a project group has at least one page: " + key);
        }
        if (added.size() != paths.size()) {
            throw new IllegalArgumentException("one position per page: " + paths + " " + added);
        }
    }
}
