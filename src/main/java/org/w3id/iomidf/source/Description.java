package org.w3id.iomidf.source;

import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The description: every non-blank line after the field block, whatever it starts with (a stray quote, a
 * bullet or a dash belongs to the text). Identifiers and amounts inside it are prose, never fields; a field
 * label in it is a page not understood ({@link #labels}).
 */
final class Description {
    /**
     * Characters a complete last paragraph ends with. A description whose last line ends otherwise was cut
     * off when the page was stored: a heuristic, since a complete paragraph may lack final punctuation.
     */
    private static final String FINAL = ".!?\"»)…”";

    /** A list marker in front of a line: a bullet, a dash or an asterisk. */
    private static final Pattern MARKER = Pattern.compile("^[•\\-*·]\\s*");

    private Description() {}

    static List<String> lines(List<PageLine> lines, int from) {
        return lines.subList(Math.min(from, lines.size()), lines.size()).stream()
                .filter(l -> !l.isBlank())
                .map(PageLine::trimmed)
                .toList();
    }

    static Optional<Integer> firstLine(List<PageLine> lines, int from) {
        return lines.subList(Math.min(from, lines.size()), lines.size()).stream()
                .filter(l -> !l.isBlank())
                .map(PageLine::number)
                .findFirst();
    }

    /**
     * The description lines that are field labels (alone on the line, after an optional bullet or dash): labels
     * left in the description mean the layout was not understood, and the fields after them were not read.
     */
    static List<PageLine> labels(List<PageLine> lines, int from) {
        return lines.subList(Math.min(from, lines.size()), lines.size()).stream()
                .filter(l -> Labels.match(MARKER.matcher(l.trimmed()).replaceFirst(""))
                        .isPresent())
                .toList();
    }

    static boolean truncated(List<String> description) {
        if (description.isEmpty()) {
            return false;
        }
        String last = description.get(description.size() - 1);
        return FINAL.indexOf(last.charAt(last.length() - 1)) < 0;
    }
}
