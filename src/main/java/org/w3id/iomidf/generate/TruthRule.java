package org.w3id.iomidf.generate;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import org.w3id.iomidf.record.Field;

/**
 * The truth of a page follows from what the page prints, by the rules of the sample truth files: an empty
 * value is null; the type code comes from the type value, else from an {@code XX.NNNN} project ID; budgets
 * have two decimals; countries are listed once each, in page order; nothing is taken from another page of
 * the same project, from the title, the Prima ID or the description.
 */
final class TruthRule {
    private TruthRule() {}

    static Truth of(
            String file,
            Project p,
            PageDrafter.Slot slot,
            String title,
            Map<Field, String> written,
            List<String> countries,
            List<String> description,
            boolean truncated,
            Broken broken) {
        String projectId = value(written, Field.PROJECT_ID);
        String typeLabel = value(written, Field.TYPE);
        String typeCode = typeLabel != null
                ? p.typeCode()
                : projectId != null && projectId.matches("[A-Z]{2}\\.\\d{4}") ? projectId.substring(0, 2) : null;
        String budget = value(written, Field.BUDGET) == null || broken == Broken.BAD_BUDGET ? null : p.budget() + ".00";
        return new Truth(
                file,
                p.number(),
                slot.layout(),
                slot.lang(),
                title,
                value(written, Field.PRIMA_ID),
                projectId,
                typeCode,
                typeLabel,
                value(written, Field.STATUS) == null ? null : p.status(),
                year(written, Field.START_YEAR),
                year(written, Field.END_YEAR),
                year(written, Field.FUNDING_YEAR),
                budget,
                value(written, Field.COVERAGE) == null ? null : p.coverage(),
                value(written, Field.REGION),
                List.copyOf(new LinkedHashSet<>(countries)),
                description.size(),
                truncated,
                broken);
    }

    private static String value(Map<Field, String> written, Field field) {
        String v = written.get(field);
        return v == null || v.isEmpty() ? null : v;
    }

    private static Integer year(Map<Field, String> written, Field field) {
        String v = value(written, field);
        return v == null ? null : Integer.valueOf(v);
    }
}
