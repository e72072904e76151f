package org.w3id.iomidf.source;

import java.util.List;
import java.util.regex.Pattern;

/** Small searches over a page's lines shared by the layouts. */
final class Lines {
    private static final Pattern SENTENCE_END = Pattern.compile("[.!?\"»…”]$");

    private Lines() {}

    /**
     * A line that ends or opens like a sentence is the description following an empty last value, never a
     * value: no field value ends with sentence punctuation.
     */
    static boolean isProse(String line) {
        return line.startsWith("\"") || SENTENCE_END.matcher(line).find();
    }

    /** The first non-blank line in [from, to), or null. */
    static PageLine firstNonBlank(List<PageLine> lines, int from, int to) {
        for (int i = from; i < Math.min(to, lines.size()); i++) {
            if (!lines.get(i).isBlank()) {
                return lines.get(i);
            }
        }
        return null;
    }

    /** The index of the first non-blank line at or after {@code from}, or {@code lines.size()}. */
    static int skipBlank(List<PageLine> lines, int from) {
        int i = from;
        while (i < lines.size() && lines.get(i).isBlank()) {
            i++;
        }
        return i;
    }

    /** The last non-blank line before {@code to}, or null. */
    static PageLine lastNonBlank(List<PageLine> lines, int to) {
        for (int i = Math.min(to, lines.size()) - 1; i >= 0; i--) {
            if (!lines.get(i).isBlank()) {
                return lines.get(i);
            }
        }
        return null;
    }

    /** A line holding only a dash: the list marker of the iom.int pages. */
    static boolean isDash(List<PageLine> lines, int i) {
        return i < lines.size() && lines.get(i).trimmed().equals("-");
    }

    static boolean isLabel(List<PageLine> lines, int i) {
        return i < lines.size() && Labels.match(lines.get(i).trimmed()).isPresent();
    }
}
