package org.w3id.iomidf.source;

import java.util.List;
import org.w3id.iomidf.record.Field;
import org.w3id.iomidf.record.Layout;
import org.w3id.iomidf.record.Problem;

/**
 * What a layout recognised on a page, before any value is interpreted: the title line, the field entries in
 * page order, where the description starts, and structural problems (unknown labels).
 *
 * @param title the title line, or null when the page has none
 * @param descriptionFrom index (into the page's lines) of the first line after the field block
 */
record Scan(Layout layout, PageLine title, List<Entry> entries, int descriptionFrom, List<Problem> problems) {
    Scan {
        entries = List.copyOf(entries);
        problems = List.copyOf(problems);
    }

    /**
     * One field as found: its label (null on pages without labels), the line of the label (or of the value
     * where there is no label) and its value lines (empty for an empty value).
     */
    record Entry(Field field, Labels.Label label, int line, List<PageLine> values) {
        Entry {
            values = List.copyOf(values);
        }

        Entry as(Field other) {
            return new Entry(other, label, line, values);
        }

        /** The value lines joined by single spaces, or null when empty. */
        String value() {
            String v = String.join(
                    " ",
                    values.stream()
                            .map(PageLine::trimmed)
                            .filter(s -> !s.isEmpty())
                            .toList());
            return v.isEmpty() ? null : v;
        }

        /** The line of the value where there is one, else of the label. */
        int valueLine() {
            return values.isEmpty() ? line : values.get(0).number();
        }
    }
}
