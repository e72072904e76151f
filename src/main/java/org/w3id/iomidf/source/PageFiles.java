package org.w3id.iomidf.source;

import java.nio.file.Path;
import java.util.List;
import org.w3id.iomidf.record.Problem;

/**
 * The pages found under the paths a user gave: page files in a deterministic order, the other files found in
 * the folders (not read as pages, but listed in the report), and a problem for each path that does not exist
 * or cannot be listed.
 */
public record PageFiles(List<Path> files, List<Path> others, List<Problem> problems) {
    public PageFiles {
        files = List.copyOf(files);
        others = List.copyOf(others);
        problems = List.copyOf(problems);
    }

    /** How many other files were found. */
    public int skipped() {
        return others.size();
    }
}
