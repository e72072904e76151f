package org.w3id.iomidf.source;

import java.nio.file.Path;
import java.util.List;
import org.w3id.iomidf.record.Problem;

/**
 * The pages found under the paths a user gave: page files in a deterministic order, how many other files
 * were skipped, and a problem for each path that does not exist or cannot be listed.
 */
public record PageFiles(List<Path> files, int skipped, List<Problem> problems) {
    public PageFiles {
        files = List.copyOf(files);
        problems = List.copyOf(problems);
    }
}
