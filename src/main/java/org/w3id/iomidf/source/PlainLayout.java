package org.w3id.iomidf.source;

import java.util.ArrayList;
import java.util.List;
import org.w3id.iomidf.record.Field;
import org.w3id.iomidf.record.Layout;

/**
 * Degenerate pages with no field labels: the title, then optionally indented lines naming the beneficiary
 * countries, then the description. Every other field is missing.
 */
final class PlainLayout {
    private PlainLayout() {}

    static Scan scan(List<PageLine> lines) {
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
        List<Scan.Entry> entries = new ArrayList<>();
        if (i > from) {
            List<PageLine> values = lines.subList(from, i);
            entries.add(new Scan.Entry(Field.COUNTRIES, null, values.get(0).number(), values));
        }
        return new Scan(Layout.DEGENERATE, lines.get(t), entries, i > from ? i : t + 1, List.of());
    }
}
