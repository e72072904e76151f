package org.w3id.iomidf.record;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What one page says about one project, as extracted by the parser: every value as the page gives it
 * (null when missing or empty), countries resolved against the gazetteer, and the line of each field so
 * that later stages can report problems with file and line.
 *
 * @param typeCode two-letter type code from the type value, else from an {@code XX.NNNN} project ID
 * @param typeLabel the type value exactly as written
 * @param typeLabelKnown whether the type value names a concept of the code lists (the parser resolved it)
 * @param region the IDF region value as written
 * @param regionCode the notation of the IDF region concept that value names, or null when it names none
 * @param description the non-blank description lines, in page order
 * @param truncated true where the description looks cut off (its last line ends mid-sentence)
 * @param lines the 1-based line of each field present on the page
 */
public record ProjectPage(
        SourcePage source,
        Layout layout,
        PageLanguage lang,
        String title,
        String primaId,
        String projectId,
        String typeCode,
        String typeLabel,
        boolean typeLabelKnown,
        Status status,
        Integer startYear,
        Integer endYear,
        Integer fundingYear,
        BigDecimal budgetUsd,
        Coverage coverage,
        String region,
        String regionCode,
        List<CountryRef> countries,
        List<String> description,
        boolean truncated,
        Map<Field, Integer> lines) {

    public ProjectPage {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(layout, "layout");
        Objects.requireNonNull(lang, "lang");
        Objects.requireNonNull(title, "title");
        countries = List.copyOf(countries);
        description = List.copyOf(description);
        lines = Map.copyOf(lines);
    }

    /** The line of a field, or 0 when the page does not have it. */
    public int lineOf(Field field) {
        return lines.getOrDefault(field, 0);
    }
}
