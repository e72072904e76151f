package org.w3id.iomidf.source;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.w3id.iomidf.record.Field;
import org.w3id.iomidf.record.Layout;
import org.w3id.iomidf.record.Problem;

/**
 * Layout 2, the iom.int project page: a navigation menu (whatever its language or length), the title, then
 * {@code -} / label / value triples, then the description. The menu is recognised by structure, not by its
 * words: the title is the line just before the first dash line followed by a known label.
 */
final class SiteLayout {
    private SiteLayout() {}

    static Optional<Scan> scan(List<PageLine> lines, String source) {
        int first = -1;
        for (int i = 0; i + 1 < lines.size() && first < 0; i++) {
            first = Lines.isDash(lines, i) && Lines.isLabel(lines, i + 1) ? i : -1;
        }
        if (first < 0) {
            return Optional.empty();
        }
        PageLine title = Lines.lastNonBlank(lines, first);
        if (title != null && title.trimmed().startsWith("- ")) {
            title = null; // the menu runs straight into the fields: the page has no title
        }
        List<Scan.Entry> entries = new ArrayList<>();
        List<Problem> problems = new ArrayList<>();
        int i = first;
        while (Lines.isDash(lines, i)) {
            if (Lines.isLabel(lines, i + 1)) {
                i = triple(lines, i, entries);
            } else if (Lines.isDash(lines, i + 3) && Lines.isLabel(lines, i + 4)) {
                PageLine unknown = lines.get(i + 1);
                problems.add(Problem.warning(
                        source,
                        unknown.number(),
                        Field.PAGE,
                        unknown.trimmed(),
                        "unknown field label: its value is ignored"));
                i += 3;
            } else {
                break;
            }
        }
        return Optional.of(new Scan(Layout.SITE, title, entries, i, problems));
    }

    /** Reads the triple at {@code dash}; returns the index after it. A missing or blank value is empty. */
    private static int triple(List<PageLine> lines, int dash, List<Scan.Entry> entries) {
        PageLine labelLine = lines.get(dash + 1);
        Labels.Label label = Labels.match(labelLine.trimmed()).orElseThrow();
        int v = dash + 2;
        List<PageLine> values = List.of();
        int next = v;
        if (v < lines.size() && lines.get(v).isBlank()) {
            next = v + 1;
        } else if (v < lines.size()
                && !Lines.isDash(lines, v)
                && !Lines.isLabel(lines, v)
                && !Lines.isProse(lines.get(v).trimmed())) {
            values = List.of(lines.get(v));
            next = v + 1;
        }
        entries.add(new Scan.Entry(label.field(), label, labelLine.number(), values));
        return next;
    }
}
