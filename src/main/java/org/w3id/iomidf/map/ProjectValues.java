package org.w3id.iomidf.map;

import java.math.BigDecimal;
import java.util.List;
import org.w3id.iomidf.record.CountryRef;
import org.w3id.iomidf.record.Coverage;
import org.w3id.iomidf.record.PageLanguage;
import org.w3id.iomidf.record.ProjectPage;
import org.w3id.iomidf.record.Status;

/**
 * The values a project resource carries, and the same values as one page gives them (each page resource carries
 * its own). Null means no value.
 *
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

    public static ProjectValues of(ProjectPage page) {
        return new ProjectValues(
                page.primaId(),
                page.projectId(),
                page.typeCode(),
                page.typeLabel(),
                page.typeLabelKnown(),
                page.lang(),
                page.status(),
                page.startYear(),
                page.endYear(),
                page.fundingYear(),
                page.budgetUsd(),
                page.coverage(),
                page.region(),
                page.regionCode(),
                page.countries());
    }
}
