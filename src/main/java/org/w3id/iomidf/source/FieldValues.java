package org.w3id.iomidf.source;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.w3id.iomidf.record.CodeScheme;
import org.w3id.iomidf.record.Coverage;
import org.w3id.iomidf.record.Field;
import org.w3id.iomidf.record.Problem;
import org.w3id.iomidf.record.Status;

/**
 * Interprets the value of each field entry of one page: years, budget, identifiers, controlled values.
 * A value that does not fit its field is reported (ERROR for years and budgets, which would publish a
 * wrong fact; WARNING for identifiers and controlled values, which are kept as written where a field can
 * hold them) and the field is left null.
 */
final class FieldValues {

    private final String source;
    private final CodeLists codes;
    private final Map<Field, Scan.Entry> entries;
    final List<Problem> problems = new ArrayList<>();

    FieldValues(String source, CodeLists codes, Map<Field, Scan.Entry> entries) {
        this.source = source;
        this.codes = codes;
        this.entries = new EnumMap<>(Field.class);
        this.entries.putAll(entries);
    }

    String text(Field field) {
        Scan.Entry e = entries.get(field);
        return e == null ? null : e.value();
    }

    Integer year(Field field) {
        String v = text(field);
        if (v == null) {
            return null;
        }
        Integer year = ValueRules.year(v);
        if (year == null) {
            error(field, v, ValueRules.yearProblem(v));
        }
        return year;
    }

    BigDecimal budget() {
        String v = text(Field.BUDGET);
        BigDecimal amount = v == null ? null : ValueRules.budget(v);
        if (v != null && amount == null) {
            error(Field.BUDGET, v, "not an amount (expected 200000.00 or 200,000)");
        }
        return amount;
    }

    Status status() {
        String code = controlled(Field.STATUS, CodeScheme.STATUS, "unknown project status");
        return code == null ? null : Status.valueOf(code.toUpperCase(Locale.ROOT));
    }

    Coverage coverage() {
        String code = controlled(Field.COVERAGE, CodeScheme.COVERAGE, "unknown coverage");
        return code == null
                ? null
                : Coverage.valueOf(code.toUpperCase(Locale.ROOT).replace('-', '_'));
    }

    /** The IDF region as written; an unknown region is reported and kept. */
    /** The notation of the IDF region the region value names, or null. */
    String regionCode() {
        return codes.notation(CodeScheme.IDF_REGION, text(Field.REGION)).orElse(null);
    }

    /** Whether the type value names a project type of the code lists. */
    boolean typeKnown() {
        return codes.notation(CodeScheme.PROJECT_TYPE, text(Field.TYPE)).isPresent();
    }

    String region() {
        controlled(Field.REGION, CodeScheme.IDF_REGION, "unknown IDF region (kept as written)");
        return text(Field.REGION);
    }

    String primaId() {
        return identifier(Field.PRIMA_ID, ValueRules.PRIMA, "not a Prima ID like CH10P0641 (kept as written)");
    }

    String projectId() {
        String v = text(Field.PROJECT_ID);
        if (v != null && !ValueRules.looksLikeProjectId(v)) {
            warn(Field.PROJECT_ID, v, "not a project ID like IB.0346 or V43-805 (kept as written)");
        }
        return v;
    }

    /** The type code from the type value, else from an XX.NNNN project ID; a disagreement is reported. */
    String typeCode(String projectId) {
        String fromId = ValueRules.typeCodeOf(projectId);
        String label = text(Field.TYPE);
        String fromLabel = label == null
                ? null
                : controlled(Field.TYPE, CodeScheme.PROJECT_TYPE, "unknown project type (kept as written)");
        if (fromLabel != null && fromId != null && !fromLabel.equals(fromId)) {
            warn(Field.PROJECT_ID, projectId, "project ID prefix differs from the type code " + fromLabel);
        }
        if (fromLabel == null && fromId != null && !codes.isCode(CodeScheme.PROJECT_TYPE, fromId)) {
            warn(Field.PROJECT_ID, projectId, "project ID prefix is not a known project type code");
        }
        return fromLabel != null ? fromLabel : fromId;
    }

    void checkYearOrder(Integer start, Integer end) {
        if (start != null && end != null && end < start) {
            error(Field.END_YEAR, String.valueOf(end), "end year before start year " + start);
        }
    }

    private String identifier(Field field, Pattern shape, String message) {
        String v = text(field);
        if (v != null && !shape.matcher(v).matches()) {
            warn(field, v, message);
        }
        return v;
    }

    private String controlled(Field field, CodeScheme scheme, String message) {
        String v = text(field);
        if (v == null) {
            return null;
        }
        String code = codes.notation(scheme, v).orElse(null);
        if (code == null) {
            warn(field, v, message);
        }
        return code;
    }

    int line(Field field) {
        Scan.Entry e = entries.get(field);
        return e == null ? 0 : e.valueLine();
    }

    private void error(Field field, String value, String message) {
        problems.add(Problem.error(source, line(field), field, value, message));
    }

    private void warn(Field field, String value, String message) {
        problems.add(Problem.warning(source, line(field), field, value, message));
    }
}
