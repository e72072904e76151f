package org.w3id.iomidf.serve.pages;

import java.text.NumberFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.TreeMap;
import java.util.function.Predicate;
import org.apache.jena.atlas.json.JsonArray;
import org.apache.jena.atlas.json.JsonObject;
import org.w3id.iomidf.serve.http.Html;

/**
 * The site's pictures: a world map shading each country by projects or budget (each country a link to its
 * page), and bars of projects and budget per year and per type. The numbers go into the page as JSON for
 * {@code /assets/charts.js} to draw with the chart library, and into tables beside each picture, so that nothing
 * is only drawn.
 */
final class Charts {
    /** Projects and budget of one group (a year, a type, a country). */
    private static final class Sum {
        int projects;
        double budget;

        void add(Catalogue.Project p) {
            projects++;
            budget += p.budget();
        }
    }

    private Charts() {}

    /** The map and both charts, over every project. */
    static String all(Catalogue c, String lang) {
        return render(c, p -> true, lang, true);
    }

    /** The chart per year of the projects {@code in} keeps (those of one country or region). */
    static String of(Catalogue c, Predicate<Catalogue.Project> in, String lang) {
        return render(c, in, lang, false);
    }

    private static String render(Catalogue c, Predicate<Catalogue.Project> in, String lang, boolean whole) {
        ResourceBundle words = Html.words(lang);
        Map<String, Sum> years = new TreeMap<>();
        Map<String, Sum> types = new TreeMap<>();
        Map<String, Sum> countries = new TreeMap<>();
        for (Catalogue.Project p : c.projects()) {
            if (!in.test(p)) {
                continue;
            }
            if (p.start() > 0) {
                years.computeIfAbsent(String.valueOf(p.start()), k -> new Sum()).add(p);
            }
            p.values(Facet.TYPE)
                    .forEach(t -> types.computeIfAbsent(t, k -> new Sum()).add(p));
            p.values(Facet.COUNTRY)
                    .forEach(a3 -> countries.computeIfAbsent(a3, k -> new Sum()).add(p));
        }
        if (years.isEmpty() && countries.isEmpty()) {
            return "";
        }
        JsonObject data = new JsonObject();
        data.put("lang", lang);
        JsonObject labels = new JsonObject();
        for (String key : List.of("chart.projects", "chart.budget")) {
            labels.put(key.substring(6), words.getString(key));
        }
        data.put("words", labels);
        data.put("years", rows(years, k -> k, null));
        StringBuilder b = new StringBuilder("<section class=\"charts\">");
        if (whole) {
            data.put("countries", rows(countries, a3 -> c.name(Facet.COUNTRY, a3, lang), a3 -> c.m49(a3)));
            data.put("types", rows(types, t -> c.name(Facet.TYPE, t, lang), null));
            b.append("<h2>")
                    .append(Html.esc(words.getString("chart.map")))
                    .append("</h2><fieldset class=\"measure\"><legend>")
                    .append(Html.esc(words.getString("chart.shadeBy")))
                    .append("</legend><label><input type=\"radio\" name=\"measure\" value=\"projects\" checked> ")
                    .append(Html.esc(words.getString("chart.projects")))
                    .append("</label> <label><input type=\"radio\" name=\"measure\" value=\"budget\"> ")
                    .append(Html.esc(words.getString("chart.budget")))
                    .append("</label></fieldset>");
            box(b, "map", "map", words.getString("chart.map"));
            table(
                    b,
                    words,
                    words.getString("facet.country"),
                    countries,
                    a3 -> c.name(Facet.COUNTRY, a3, lang),
                    a3 -> "/country/" + a3 + "?lang=" + lang,
                    lang);
        }
        picture(b, "chart-years", "chart", words.getString("chart.perYear"));
        table(b, words, words.getString("chart.year"), years, k -> k, null, lang);
        if (whole) {
            picture(b, "chart-types", "chart", words.getString("chart.perType"));
            table(b, words, words.getString("facet.type"), types, t -> c.name(Facet.TYPE, t, lang), null, lang);
        }
        b.append("<script type=\"application/json\" id=\"chart-data\">")
                .append(Html.scriptJson(data))
                .append("</script><script src=\"/assets/echarts.min.js\"></script>");
        if (whole) {
            b.append("<script src=\"/assets/topojson-client.min.js\"></script>");
        }
        b.append("<script src=\"/assets/charts.js\"></script></section>");
        return b.toString();
    }

    private static JsonArray rows(
            Map<String, Sum> sums,
            java.util.function.Function<String, String> name,
            java.util.function.Function<String, String> m49) {
        JsonArray rows = new JsonArray();
        sums.forEach((key, sum) -> {
            JsonObject o = new JsonObject();
            o.put("key", key);
            o.put("name", name.apply(key));
            o.put("projects", sum.projects);
            o.put("budget", Math.round(sum.budget));
            if (m49 != null && m49.apply(key) != null) {
                o.put("m49", m49.apply(key));
            }
            rows.add(o);
        });
        return rows;
    }

    /** A picture under its heading: the box the script draws in, named for assistive technology. */
    private static void picture(StringBuilder b, String id, String css, String title) {
        b.append("<h2>").append(Html.esc(title)).append("</h2>");
        box(b, id, css, title);
    }

    private static void box(StringBuilder b, String id, String css, String title) {
        b.append("<div id=\"")
                .append(id)
                .append("\" class=\"")
                .append(css)
                .append("\" role=\"img\" aria-label=\"")
                .append(Html.esc(title))
                .append("\"></div>");
    }

    /** The numbers of a picture as a table, in a disclosure that every reader (and screen reader) can open. */
    private static void table(
            StringBuilder b,
            ResourceBundle words,
            String what,
            Map<String, Sum> sums,
            java.util.function.Function<String, String> name,
            java.util.function.Function<String, String> link,
            String lang) {
        NumberFormat n = NumberFormat.getIntegerInstance(Locale.forLanguageTag(lang));
        b.append("<details><summary>")
                .append(Html.esc(words.getString("chart.numbers")))
                .append("</summary>")
                .append(Html.tableHead(what, words.getString("chart.projects"), words.getString("chart.budget")));
        sums.forEach((key, sum) -> b.append("<tr><td>")
                .append(link == null ? Html.esc(name.apply(key)) : Html.link(link.apply(key), name.apply(key)))
                .append("</td><td>")
                .append(n.format(sum.projects))
                .append("</td><td>")
                .append(n.format(Math.round(sum.budget)))
                .append("</td></tr>"));
        b.append("</tbody></table></details>");
    }
}
