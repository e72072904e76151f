package org.w3id.iomidf.generate;

import java.util.List;
import org.w3id.iomidf.country.Country;
import org.w3id.iomidf.record.Coverage;
import org.w3id.iomidf.record.PageLanguage;
import org.w3id.iomidf.record.Status;

/**
 * One synthetic project: the facts all its pages start from before each page drops, empties or changes
 * some of them.
 *
 * @param number the project's position in the generated set (0-based), its key in the truth file
 * @param typeCode two-letter project-type notation from the code lists
 * @param region IDF region notation from the code lists
 * @param budget whole US dollars
 * @param primaId null for projects before PRIMA and projects without identifiers
 * @param projectId {@code XX.NNNN}, a legacy {@code V43-805} form, or null
 * @param title index of the title pattern and topic in {@link Prose}, the same in every language
 * @param langs the languages the project has pages in, first one first
 */
record Project(
        int number,
        String typeCode,
        Status status,
        int startYear,
        int endYear,
        int fundingYear,
        long budget,
        Coverage coverage,
        String region,
        List<Country> countries,
        String primaId,
        String projectId,
        Prose.Title title,
        List<PageLanguage> langs) {

    Project {
        countries = List.copyOf(countries);
        langs = List.copyOf(langs);
    }

    /** Projects of the old 1035 Facility: legacy ID, no Prima ID. */
    boolean legacy() {
        return projectId != null && !projectId.contains(".");
    }
}
