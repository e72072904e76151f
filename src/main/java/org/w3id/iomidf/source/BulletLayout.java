package org.w3id.iomidf.source;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.w3id.iomidf.record.Field;
import org.w3id.iomidf.record.Layout;
import org.w3id.iomidf.record.Problem;

/**
 * Layout 1: the title, then {@code "  • Label"} lines each followed by indented value lines (none when the
 * value is empty), then the description. The block ends at the first line that is neither. A page saved as
 * HTML keeps the bullets but not the indentation: there each label flush with the margin takes one value line.
 */
final class BulletLayout {
    private BulletLayout() {}

    static Optional<Scan> scan(List<PageLine> lines, String source) {
        int first = -1;
        for (int i = 0; i < lines.size() && first < 0; i++) {
            first = bulletLabel(lines.get(i)).isPresent() ? i : -1;
        }
        if (first < 0) {
            return Optional.empty();
        }
        PageLine title = Lines.firstNonBlank(lines, 0, first);
        List<Scan.Entry> entries = new ArrayList<>();
        List<Problem> problems = new ArrayList<>();
        int i = first;
        while (i < lines.size()) {
            PageLine line = lines.get(i);
            Optional<Labels.Label> label = bulletLabel(line);
            if (label.isPresent()) {
                int j = i + 1;
                while (j < lines.size() && isValue(lines.get(j))) {
                    j++;
                }
                if (j == i + 1 && isFlushValue(line, lines, j)) {
                    j++;
                }
                entries.add(new Scan.Entry(label.get().field(), label.get(), line.number(), lines.subList(i + 1, j)));
                i = j;
            } else if (isBullet(line)
                    && i + 1 < lines.size()
                    && (isValue(lines.get(i + 1)) || isFlushValue(line, lines, i + 1))) {
                problems.add(Problem.warning(
                        source,
                        line.number(),
                        Field.PAGE,
                        line.trimmed(),
                        "unknown field label: its value is ignored"));
                i += 2;
            } else if (line.isBlank() && labelAt(lines, Lines.skipBlank(lines, i))) {
                i = Lines.skipBlank(lines, i); // one jump over the blank run: a step per line would be quadratic
            } else {
                break;
            }
        }
        return Optional.of(new Scan(Layout.BULLET, title, entries, i, problems));
    }

    /**
     * On a page that lost its indentation (saved as HTML, one paragraph or one break per line) neither labels nor
     * values are indented: a label flush with the margin takes the one line after it as its value, unless that
     * line is a bullet, a label or prose (the description after an empty last value: no value ends like a
     * sentence).
     */
    private static boolean isFlushValue(PageLine label, List<PageLine> lines, int j) {
        if (Character.isWhitespace(label.text().charAt(0)) || j >= lines.size()) {
            return false;
        }
        PageLine line = lines.get(j);
        return !line.isBlank() && !isBullet(line) && !Lines.isLabel(lines, j) && !Lines.isProse(line.trimmed());
    }

    private static boolean labelAt(List<PageLine> lines, int i) {
        return i < lines.size() && bulletLabel(lines.get(i)).isPresent();
    }

    private static boolean isBullet(PageLine line) {
        return line.trimmed().startsWith("•");
    }

    /** An indented, non-blank line that is not itself a bullet. */
    private static boolean isValue(PageLine line) {
        return !line.isBlank() && Character.isWhitespace(line.text().charAt(0)) && !isBullet(line);
    }

    private static Optional<Labels.Label> bulletLabel(PageLine line) {
        return isBullet(line) ? Labels.match(line.trimmed().substring(1)) : Optional.empty();
    }
}
