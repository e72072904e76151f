package org.w3id.iomidf.record;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What one page says about one project, as extracted by the parser: every value as the page gives it
 * (null when missing or empty), countries resolved against the gazetteer, and the line of each field so
 * that later stages can report problems with file and line.
 *
 * @param values what the page says of the project (its type label in the page's language)
 * @param description the non-blank description lines, in page order
 * @param truncated true where the description looks cut off (its last line ends mid-sentence)
 * @param lines the 1-based line of each field present on the page
 */
public record ProjectPage(
        SourcePage source,
        Layout layout,
        PageLanguage lang,
        String title,
        ProjectValues values,
        List<String> description,
        boolean truncated,
        Map<Field, Integer> lines) {

    public ProjectPage {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(layout, "layout");
        Objects.requireNonNull(lang, "lang");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(values, "values");
        description = List.copyOf(description);
        lines = Map.copyOf(lines);
    }

    /** The line of a field, or 0 when the page does not have it. */
    public int lineOf(Field field) {
        return lines.getOrDefault(field, 0);
    }
}
