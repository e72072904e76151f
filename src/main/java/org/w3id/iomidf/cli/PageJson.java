package org.w3id.iomidf.cli;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.w3id.iomidf.record.CountryRef;
import org.w3id.iomidf.record.JsonText;
import org.w3id.iomidf.record.PageResult;
import org.w3id.iomidf.record.Problem;
import org.w3id.iomidf.record.ProjectPage;

/**
 * One parse result as JSON, with the keys and value conventions of the sample pages' expected/*.json, plus
 * {@code source} and {@code problems}. A page that gave no record has only those two keys.
 */
final class PageJson {
    private PageJson() {}

    static String write(PageResult result, boolean pretty) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("source", result.path());
        result.page().ifPresent(p -> m.putAll(values(p)));
        List<Object> problems = new ArrayList<>();
        for (Problem p : result.problems()) {
            Map<String, Object> o = new LinkedHashMap<>();
            o.put("line", p.line());
            o.put("field", p.field().key());
            o.put("value", p.value());
            o.put("message", p.message());
            o.put("severity", p.severity().name());
            problems.add(o);
        }
        m.put("problems", problems);
        StringBuilder out = new StringBuilder();
        value(out, m, pretty ? 0 : -1);
        return out.toString();
    }

    private static Map<String, Object> values(ProjectPage p) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("lang", p.lang().tag());
        m.put("title", p.title());
        m.put("primaId", p.values().primaId());
        m.put("projectId", p.values().projectId());
        m.put("typeCode", p.values().typeCode());
        m.put("typeLabel", p.values().typeLabel());
        m.put("status", p.values().status() == null ? null : p.values().status().code());
        m.put("startYear", p.values().startYear());
        m.put("endYear", p.values().endYear());
        m.put("fundingYear", p.values().fundingYear());
        m.put(
                "budgetUSD",
                p.values().budgetUsd() == null ? null : p.values().budgetUsd().toPlainString());
        m.put(
                "coverage",
                p.values().coverage() == null ? null : p.values().coverage().code());
        m.put("region", p.values().region());
        m.put("countries", p.values().countries().stream().map(CountryRef::code).toList());
        m.put("descriptionParagraphs", p.description().size());
        m.put("truncated", p.truncated());
        return m;
    }

    /** Writes a value; {@code indent} is the nesting depth when pretty-printing, -1 for one line. */
    private static void value(StringBuilder out, Object v, int indent) {
        if (v == null || v instanceof Number || v instanceof Boolean) {
            out.append(v);
        } else if (v instanceof Map<?, ?> map) {
            container(out, '{', '}', new ArrayList<>(map.entrySet()), indent);
        } else if (v instanceof List<?> list) {
            container(out, '[', ']', list, indent);
        } else {
            string(out, v.toString());
        }
    }

    private static void container(StringBuilder out, char open, char close, List<?> items, int indent) {
        out.append(open);
        for (int i = 0; i < items.size(); i++) {
            out.append(i == 0 ? "" : ",");
            newline(out, indent < 0 ? -1 : indent + 1);
            if (items.get(i) instanceof Map.Entry<?, ?> e) {
                string(out, e.getKey().toString());
                out.append(indent < 0 ? ":" : ": ");
                value(out, e.getValue(), indent < 0 ? -1 : indent + 1);
            } else {
                value(out, items.get(i), indent < 0 ? -1 : indent + 1);
            }
        }
        if (!items.isEmpty()) {
            newline(out, indent);
        }
        out.append(close);
    }

    private static void newline(StringBuilder out, int indent) {
        if (indent >= 0) {
            out.append('\n').append("  ".repeat(indent));
        }
    }

    private static void string(StringBuilder out, String s) {
        JsonText.quote(out, s);
    }
}
