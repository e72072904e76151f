package org.w3id.iomidf.source;

import java.util.Objects;

/**
 * One line of a page's text with the line number problems refer to: the line in the file for text pages,
 * the line of the element it came from in the HTML source for saved HTML pages.
 */
public record PageLine(int number, String text) {
    public PageLine {
        Objects.requireNonNull(text, "text");
        if (number < 1) {
            throw new IllegalArgumentException("line numbers start at 1: " + number);
        }
    }

    /** The text without surrounding white space (no-break spaces included). */
    String trimmed() {
        return Text.clean(text);
    }

    boolean isBlank() {
        return trimmed().isEmpty();
    }
}
