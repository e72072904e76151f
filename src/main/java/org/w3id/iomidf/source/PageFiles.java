package org.w3id.iomidf.source;

import java.nio.file.Path;
import java.util.List;
import org.w3id.iomidf.record.Problem;

/**
 * The pages found under the paths a user gave: page files in a deterministic order, the other files found in
 * the folders (not read as pages, but listed in the report), and a problem for each path that does not exist
 * or cannot be listed; and the pages found in web archives (WARC files given or found in the folders), in address
 * order.
 */
public record PageFiles(List<Path> files, List<Path> others, List<Problem> problems, List<ArchivedPage> archived) {

    /** Page files only, no web archive. */
    public PageFiles(List<Path> files, List<Path> others, List<Problem> problems) {
        this(files, others, problems, List.of());
    }

    public PageFiles {
        archived = List.copyOf(archived);
        files = List.copyOf(files);
        others = List.copyOf(others);
        problems = List.copyOf(problems);
    }

    /** How many pages were found: files and archived pages. */
    public int pages() {
        return files.size() + archived.size();
    }

    /** How many other files were found. */
    public int skipped() {
        return others.size();
    }
}
