package org.w3id.iomidf.generate;

import java.util.List;
import org.w3id.iomidf.record.Coverage;
import org.w3id.iomidf.record.Layout;
import org.w3id.iomidf.record.PageLanguage;
import org.w3id.iomidf.record.Status;

/**
 * What a correct reader extracts from one generated page, in the key convention of the sample truth files
 * ({@code expected/*.json}), plus where the page is, which project it belongs to and how it is broken.
 * Null values are written as JSON null; a page broken beyond reading has only its file and problem.
 *
 * @param budgetUsd two decimals, as in the truth files ({@code "103058.00"})
 * @param countries alpha-3 codes in page order without repetitions, {@code ?name} for an unknown name
 */
record Truth(
        String file,
        int project,
        Layout layout,
        PageLanguage lang,
        String title,
        String primaId,
        String projectId,
        String typeCode,
        String typeLabel,
        Status status,
        Integer startYear,
        Integer endYear,
        Integer fundingYear,
        String budgetUsd,
        Coverage coverage,
        String region,
        List<String> countries,
        int descriptionParagraphs,
        boolean truncated,
        Broken broken) {

    Truth {
        countries = List.copyOf(countries);
    }

    /** One line of {@code truth.jsonl}. */
    String json() {
        JsonLine j = new JsonLine();
        j.put("file", file).put("project", project);
        if (broken != null && !broken.readable()) {
            return brokenPart(j).end();
        }
        j.put("layout", layout.name().toLowerCase(java.util.Locale.ROOT))
                .put("lang", lang.tag())
                .put("title", title)
                .put("primaId", primaId)
                .put("projectId", projectId)
                .put("typeCode", typeCode)
                .put("typeLabel", typeLabel)
                .put("status", status == null ? null : status.code())
                .put("startYear", startYear)
                .put("endYear", endYear)
                .put("fundingYear", fundingYear)
                .put("budgetUSD", budgetUsd)
                .put("coverage", coverage == null ? null : coverage.code())
                .put("region", region)
                .put("countries", countries)
                .put("descriptionParagraphs", descriptionParagraphs)
                .put("truncated", truncated);
        return brokenPart(j).end();
    }

    private JsonLine brokenPart(JsonLine j) {
        if (broken == null) {
            return j.put("broken", (String) null);
        }
        return j.put("broken", broken.kind())
                .put("problemField", broken.field().key())
                .put("problemSeverity", broken.severity().name());
    }
}
