package org.w3id.iomidf.serve.pages;

import jakarta.servlet.http.HttpServletRequest;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.out.NodeFmtLib;
import org.w3id.iomidf.serve.http.Html;

/**
 * What the reader chose on the project list: values per facet, a year range (0: none), the words of a search, and
 * the order of the list.
 */
record Selection(Map<Facet, Set<String>> chosen, int from, int to, String words, Sort sort) {
    /** The orders of the project list; the first is the default. */
    enum Sort {
        /** Latest start first; projects without a start year last. */
        START("start"),
        /** By title in the reader's language, in that language's alphabetical order. */
        TITLE("title"),
        /** Largest budget first; projects without a budget last. */
        BUDGET("budget");

        final String param;

        Sort(String param) {
            this.param = param;
        }

        /** The order a request parameter names; the default for anything else. */
        static Sort of(String param) {
            for (Sort s : values()) {
                if (s.param.equals(param)) {
                    return s;
                }
            }
            return START;
        }
    }

    /** The same choices, listed in another order. */
    Selection sorted(Sort by) {
        return new Selection(chosen, from, to, words, by);
    }

    Set<String> chosen(Facet f) {
        return chosen.getOrDefault(f, Set.of());
    }

    /** The request parameters of this selection, with {@code f}'s {@code value} toggled (f null: none). */
    String query(String lang, Facet f, String value) {
        StringBuilder q = new StringBuilder("?lang=").append(lang);
        for (Facet each : Facet.values()) {
            Set<String> values = new LinkedHashSet<>(chosen(each));
            if (each == f && !values.remove(value)) {
                values.add(value);
            }
            values.forEach(v -> q.append('&').append(each.param).append('=').append(Html.url(v)));
        }
        if (from > 0) {
            q.append("&from=").append(from);
        }
        if (to > 0) {
            q.append("&to=").append(to);
        }
        if (!words.isEmpty()) {
            q.append("&q=").append(Html.url(words));
        }
        if (sort != Sort.START) {
            q.append("&sort=").append(sort.param);
        }
        return q.toString();
    }

    /** The most values of one facet taken from a request, and the longest value. */
    private static final int MAX_VALUES = 50;

    private static final Pattern CODE = Pattern.compile("[A-Za-z0-9-]{1,40}");
    private static final Pattern YEAR = Pattern.compile("(19|20)\\d\\d");

    /** What {@code req} chose; values that are not codes of the catalogue, and years that are not years, are dropped. */
    static Selection of(HttpServletRequest req, Catalogue c) {
        Map<Facet, Set<String>> chosen = new EnumMap<>(Facet.class);
        for (Facet f : Facet.values()) {
            String[] asked = req.getParameterValues(f.param);
            if (asked == null) {
                continue;
            }
            Set<String> values = new LinkedHashSet<>();
            for (String v : asked) {
                if (values.size() < MAX_VALUES && CODE.matcher(v).matches() && c.knows(f, v)) {
                    values.add(v);
                }
            }
            if (!values.isEmpty()) {
                chosen.put(f, values);
            }
        }
        String words =
                req.getParameter("q") == null ? "" : req.getParameter("q").strip();
        if (words.length() > SearchPage.MAX_CHARS) {
            words = words.substring(0, SearchPage.MAX_CHARS);
        }
        return new Selection(
                chosen,
                year(req.getParameter("from")),
                year(req.getParameter("to")),
                words,
                Sort.of(req.getParameter("sort")));
    }

    private static int year(String asked) {
        return asked != null && YEAR.matcher(asked).matches() ? Integer.parseInt(asked) : 0;
    }

    /**
     * The SPARQL that lists the projects of this selection, with their title in {@code lang}, in the page's order:
     * the same rules as the page (values of one facet are alternatives, facets combine, a project runs in the years
     * if it started by the last and had not ended before the first).
     */
    String sparql(String lang) {
        StringBuilder q = new StringBuilder();
        String text = words().isEmpty() ? null : SearchPage.matching(words(), "?project");
        if (text != null) {
            q.append("PREFIX text: <http://jena.apache.org/text#>\n");
        }
        q.append("SELECT ?project ?title WHERE {\n  ?project a idf:Project .\n");
        if (text != null) {
            q.append("  { SELECT DISTINCT ?project WHERE { ").append(text).append(" } }\n");
        } else if (!words().isEmpty()) {
            q.append("  FILTER(false)\n");
        }
        for (Facet f : Facet.values()) {
            Set<String> values = chosen(f);
            if (!values.isEmpty()) {
                q.append("  FILTER EXISTS { ?project ").append(f.path).append(" ?v VALUES ?v {");
                values.forEach(v -> q.append(' ').append(NodeFmtLib.strNT(NodeFactory.createLiteralString(v))));
                q.append(" } }\n");
            }
        }
        if (from() > 0 || to() > 0) {
            q.append("  ?project idf:startYear ?start . OPTIONAL { ?project idf:endYear ?end }\n")
                    .append("  FILTER(");
            List<String> tests = new ArrayList<>();
            if (to() > 0) {
                tests.add("xsd:integer(STR(?start)) <= " + to());
            }
            if (from() > 0) {
                tests.add("xsd:integer(STR(COALESCE(?end, ?start))) >= " + from());
            }
            q.append(String.join(" && ", tests)).append(")\n");
        }
        q.append("  OPTIONAL { ?project dcterms:title ?title FILTER(lang(?title) = \"")
                .append(lang)
                .append("\") }\n");
        String order =
                switch (sort) {
                    case START -> "  OPTIONAL { ?project idf:startYear ?first }\n}\nORDER BY DESC(?first) ?project\n";
                    case TITLE -> "}\nORDER BY ?title ?project\n";
                    case BUDGET -> "  OPTIONAL { ?project idf:budgetUSD ?budget }\n}\nORDER BY DESC(?budget) ?project\n";
                };
        return q.append(order).toString();
    }
}
