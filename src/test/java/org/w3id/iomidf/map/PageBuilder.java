package org.w3id.iomidf.map;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.w3id.iomidf.record.CountryRef;
import org.w3id.iomidf.record.Coverage;
import org.w3id.iomidf.record.Field;
import org.w3id.iomidf.record.Layout;
import org.w3id.iomidf.record.PageLanguage;
import org.w3id.iomidf.record.ProjectPage;
import org.w3id.iomidf.record.ProjectValues;
import org.w3id.iomidf.record.SourcePage;
import org.w3id.iomidf.record.Status;

/** Hand-built pages for mapper tests: every value absent unless set. */
final class PageBuilder {
    static final Instant READ_AT = Instant.parse("2026-11-22T10:00:00Z");

    private final String path;
    private final String sha256;
    private final PageLanguage lang;
    private final String title;
    Layout layout = Layout.SITE;
    String primaId;
    String projectId;
    String typeCode;
    String typeLabel;
    Status status;
    Integer startYear;
    Integer endYear;
    Integer fundingYear;
    BigDecimal budget;
    Coverage coverage;
    String region;
    /** The notation the parser would have resolved {@link #region} to; set with it. */
    String regionCode;

    List<CountryRef> countries = List.of();
    List<String> description = List.of();
    final Map<Field, Integer> lines = new EnumMap<>(Field.class);

    PageBuilder(String path, char shaDigit, PageLanguage lang, String title) {
        this.path = path;
        this.sha256 = String.valueOf(shaDigit).repeat(64);
        this.lang = lang;
        this.title = title;
        lines.put(Field.TITLE, 1);
    }

    ProjectPage build() {
        return new ProjectPage(
                new SourcePage(path, sha256, READ_AT),
                layout,
                lang,
                title,
                new ProjectValues(
                        primaId,
                        projectId,
                        typeCode,
                        typeLabel,
                        typeLabel != null && typeCode != null,
                        lang,
                        status,
                        startYear,
                        endYear,
                        fundingYear,
                        budget,
                        coverage,
                        region,
                        regionCode,
                        countries),
                description,
                false,
                lines);
    }
}
