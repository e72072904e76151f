package org.w3id.iomidf.source;

import java.util.List;
import java.util.Objects;
import org.w3id.iomidf.record.Problem;
import org.w3id.iomidf.record.SourcePage;

/**
 * A page as decoded text, ready for {@link PageParser}: where it came from, its lines (empty when the file
 * could not be read as a page) and the problems met while reading it (encoding, binary content, ...).
 */
public record PageText(SourcePage source, List<PageLine> lines, List<Problem> problems) {
    public PageText {
        Objects.requireNonNull(source, "source");
        lines = List.copyOf(lines);
        problems = List.copyOf(problems);
    }
}
