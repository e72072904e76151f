package org.w3id.iomidf.source;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import org.w3id.iomidf.record.Field;
import org.w3id.iomidf.record.Layout;

/**
 * Degenerate pages with no field labels: the title, then optionally indented lines naming the beneficiary
 * countries (on a page saved as HTML, where indentation is lost: one line naming known countries only), then
 * the description. Every other field is missing.
 */
final class PlainLayout {
    private PlainLayout() {}

    /**
     * @param namesCountries true for a line that the gazetteer reads as country names only
     */
    static Scan scan(List<PageLine> lines, Predicate<String> namesCountries) {
        int t = Lines.skipBlank(lines, 0);
        if (t >= lines.size()) {
            return new Scan(Layout.DEGENERATE, null, List.of(), lines.size(), List.of());
        }
        int i = Lines.skipBlank(lines, t + 1);
        int from = i;
        while (i < lines.size()
                && !lines.get(i).isBlank()
                && Character.isWhitespace(lines.get(i).text().charAt(0))) {
            i++;
        }
        if (i == from && i < lines.size() && namesCountries.test(lines.get(i).trimmed())) {
            i++; // a page saved as HTML lost the indentation: a line of country names only is the same line
        }
        List<Scan.Entry> entries = new ArrayList<>();
        if (i > from) {
            List<PageLine> values = lines.subList(from, i);
            entries.add(new Scan.Entry(Field.COUNTRIES, null, values.get(0).number(), values));
        }
        return new Scan(Layout.DEGENERATE, lines.get(t), entries, i > from ? i : t + 1, List.of());
    }
}
