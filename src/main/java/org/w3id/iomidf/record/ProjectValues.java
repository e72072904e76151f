package org.w3id.iomidf.record;

import java.math.BigDecimal;
import java.util.List;

/**
 * The values of a project: as one page gives them ({@link ProjectPage#values()}), and as the merged project
 * carries them. Null means no value.
 *
 * @param typeCode two-letter type code from the type value, else from an {@code XX.NNNN} project ID
 * @param typeLabel the type as written, in {@code typeLabelLang}; published only when it names no known concept
 * @param typeLabelKnown whether the parser found the type value among the code lists
 * @param region the IDF region as written
 * @param regionCode the notation of its IDF region concept, as the parser resolved it; published as that concept
 */
public record ProjectValues(
        String primaId,
        String projectId,
        String typeCode,
        String typeLabel,
        boolean typeLabelKnown,
        PageLanguage typeLabelLang,
        Status status,
        Integer startYear,
        Integer endYear,
        Integer fundingYear,
        BigDecimal budgetUsd,
        Coverage coverage,
        String region,
        String regionCode,
        List<CountryRef> countries) {

    public ProjectValues {
        countries = List.copyOf(countries);
    }
}
