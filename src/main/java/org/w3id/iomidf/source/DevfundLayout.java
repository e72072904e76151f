package org.w3id.iomidf.source;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import org.w3id.iomidf.record.CodeScheme;
import org.w3id.iomidf.record.Field;
import org.w3id.iomidf.record.Layout;

/**
 * Layout 3, the old developmentfund site: an optional sidebar of {@code - ...} lines, the title twice (on the
 * next line or after blank lines), then values without labels in a fixed order: region, project ID, Prima
 * ID, budget, one beneficiary per line, type, coverage, status; then the description. Each value is
 * recognised by its shape or code list, so any of them may be missing and blank lines may stand between them:
 * the beneficiaries are the lines between the budget and the type; the type is the line just before the
 * coverage unless that line names countries (then the page gives no type), or else the first known type label.
 */
final class DevfundLayout {
    /** How far after the budget the coverage line is looked for. */
    private static final int WINDOW = 40;

    private DevfundLayout() {}

    /**
     * @param namesCountries true for a line that the gazetteer reads as country names only
     */
    static Optional<Scan> scan(List<PageLine> lines, CodeLists codes, Predicate<String> namesCountries) {
        int k = 0;
        while (k < lines.size()
                && (lines.get(k).isBlank() || lines.get(k).trimmed().startsWith("-"))) {
            k++;
        }
        int again = Lines.skipBlank(lines, k + 1);
        if (again >= lines.size()
                || !lines.get(k).trimmed().equals(lines.get(again).trimmed())) {
            return Optional.empty();
        }
        List<Scan.Entry> entries = new ArrayList<>();
        int i = again + 1;
        i = take(
                lines,
                i,
                Field.REGION,
                v -> codes.notation(CodeScheme.IDF_REGION, v).isPresent(),
                entries);
        i = take(lines, i, Field.PROJECT_ID, v -> ValueRules.looksLikeProjectId(v), entries);
        i = take(lines, i, Field.PRIMA_ID, v -> ValueRules.PRIMA.matcher(v).matches(), entries);
        i = take(lines, i, Field.BUDGET, v -> ValueRules.BUDGET.matcher(v).matches(), entries);
        i = Lines.skipBlank(lines, i);
        int coverage =
                find(lines, i, v -> codes.notation(CodeScheme.COVERAGE, v).isPresent());
        int beforeCoverage = coverage > i ? previousText(lines, coverage, i) : -1;
        int type;
        if (beforeCoverage >= i) {
            String v = lines.get(beforeCoverage).trimmed();
            boolean known = codes.notation(CodeScheme.PROJECT_TYPE, v).isPresent();
            type = known || !namesCountries.test(v) ? beforeCoverage : -1;
        } else {
            type = coverage == i
                    ? -1
                    : find(lines, i, v -> codes.notation(CodeScheme.PROJECT_TYPE, v)
                            .isPresent());
        }
        int countriesEnd = type >= i ? type : coverage > i ? coverage : i;
        List<PageLine> countries = lines.subList(i, countriesEnd).stream()
                .filter(l -> !l.isBlank())
                .toList();
        if (!countries.isEmpty()) {
            entries.add(new Scan.Entry(Field.COUNTRIES, null, countries.get(0).number(), countries));
        }
        int end = countriesEnd;
        if (type >= i) {
            entries.add(entry(Field.TYPE, lines.get(type)));
            end = type + 1;
        }
        if (coverage >= end) {
            entries.add(entry(Field.COVERAGE, lines.get(coverage)));
            end = coverage + 1;
        }
        if (end > i) {
            end = take(
                    lines,
                    end,
                    Field.STATUS,
                    v -> codes.notation(CodeScheme.STATUS, v).isPresent(),
                    entries);
        }
        return Optional.of(new Scan(Layout.DEVFUND, lines.get(k), entries, end, List.of()));
    }

    /** The value at the next non-blank line from {@code i}, if it has the shape; else {@code i} unchanged. */
    private static int take(
            List<PageLine> lines, int i, Field field, Predicate<String> shape, List<Scan.Entry> entries) {
        int at = Lines.skipBlank(lines, i);
        if (at < lines.size() && shape.test(lines.get(at).trimmed())) {
            entries.add(entry(field, lines.get(at)));
            return at + 1;
        }
        return i;
    }

    private static int previousText(List<PageLine> lines, int from, int floor) {
        int j = from - 1;
        while (j >= floor && lines.get(j).isBlank()) {
            j--;
        }
        return j;
    }

    private static int find(List<PageLine> lines, int from, Predicate<String> shape) {
        for (int i = from; i < Math.min(lines.size(), from + WINDOW); i++) {
            if (!lines.get(i).isBlank() && shape.test(lines.get(i).trimmed())) {
                return i;
            }
        }
        return -1;
    }

    private static Scan.Entry entry(Field field, PageLine value) {
        return new Scan.Entry(field, null, value.number(), List.of(value));
    }
}
