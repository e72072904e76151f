package org.w3id.iomidf.serve.pages;

import java.text.MessageFormat;
import java.text.NumberFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.function.Predicate;
import org.apache.jena.atlas.json.JsonArray;
import org.apache.jena.atlas.json.JsonObject;
import org.w3id.iomidf.serve.http.Html;

/**
 * The site's pictures: a world map shading each country by projects or budget (each country a link to its
 * page), and bars of projects and budget per year and per type. The numbers go into the page as JSON for
 * {@code /assets/charts.js} to draw with the chart library, and into tables beside each picture, so that nothing
 * is only drawn. A picture with nothing to draw is not drawn: a sentence says why.
 *
 * <p>A project with several beneficiary countries has one budget; per country it is given twice: whole in each
 * country (what the project spends where that country benefits, summing to more than all budgets) and shared
 * equally between its countries (summing to the budgets of the projects that have countries). The page says so.
 */
final class Charts {
    /** Projects and budget of one group (a year, a type, a country); {@code shared}: the equal shares. */
    private static final class Sum {
        int projects;
        double budget;
        double shared;

        void add(Catalogue.Project p, int countries) {
            projects++;
            budget += p.budget();
            shared += countries == 0 ? p.budget() : p.budget() / countries;
        }
    }

    /** The sums of the projects a page covers. */
    private static final class Tally {
        final TreeMap<Integer, Sum> years = new TreeMap<>();
        final Map<String, Sum> types = new TreeMap<>();
        final Map<String, Sum> countries = new TreeMap<>();
        final Sum all = new Sum();
        final Sum undated = new Sum();
        boolean multiCountry;
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

    private static Tally tally(Catalogue c, Predicate<Catalogue.Project> in) {
        Tally t = new Tally();
        for (Catalogue.Project p : c.projects()) {
            if (!in.test(p)) {
                continue;
            }
            int n = p.values(Facet.COUNTRY).size();
            t.all.add(p, n);
            t.multiCountry |= n > 1;
            if (p.start() > 0) {
                t.years.computeIfAbsent(p.start(), k -> new Sum()).add(p, n);
            } else {
                t.undated.add(p, n);
            }
            p.values(Facet.TYPE)
                    .forEach(v -> t.types.computeIfAbsent(v, k -> new Sum()).add(p, n));
            p.values(Facet.COUNTRY)
                    .forEach(v -> t.countries.computeIfAbsent(v, k -> new Sum()).add(p, n));
        }
        return t;
    }

    private static String render(Catalogue c, Predicate<Catalogue.Project> in, String lang, boolean whole) {
        Tally t = tally(c, in);
        if (t.all.projects == 0) {
            return "";
        }
        ResourceBundle words = Html.words(lang);
        NumberFormat n = NumberFormat.getIntegerInstance(Locale.forLanguageTag(lang));
        JsonObject data = new JsonObject();
        data.put("lang", lang);
        JsonObject labels = new JsonObject();
        for (String key : List.of("projects", "budget", "budgetWhole", "budgetShared", "year", "noProject")) {
            labels.put(key, words.getString("chart." + key));
        }
        data.put("words", labels);
        data.put("years", years(t.years));
        StringBuilder b = new StringBuilder("<section class=\"charts\">");
        if (whole) {
            data.put("countries", rows(t.countries, a3 -> c.name(Facet.COUNTRY, a3, lang), c::m49));
            data.put("types", rows(t.types, v -> c.name(Facet.TYPE, v, lang), v -> null));
            map(b, c, t, words, n, lang);
        }
        b.append("<h2>").append(Html.esc(words.getString("chart.perYear"))).append("</h2>");
        if (t.years.isEmpty()) {
            say(b, text(words, "chart.noYears", lang, t.undated.projects));
        } else {
            box(b, "chart-years", "chart", words.getString("chart.perYear"));
            if (t.undated.projects > 0) {
                say(b, text(words, "chart.undated", lang, t.undated.projects, t.all.projects));
            }
            if (!whole && t.multiCountry) {
                say(b, words.getString("chart.wholeHere"));
            }
            Map<String, Sum> rows = new LinkedHashMap<>();
            t.years.forEach((y, s) -> rows.put(String.valueOf(y), s));
            if (t.undated.projects > 0) {
                rows.put(words.getString("chart.noYear"), t.undated);
            }
            table(b, words, n, words.getString("chart.year"), rows, k -> k, null, false);
        }
        if (whole && !t.types.isEmpty()) {
            b.append("<h2>").append(Html.esc(words.getString("chart.perType"))).append("</h2>");
            box(b, "chart-types", "chart types", words.getString("chart.perType"));
            table(b, words, n, words.getString("facet.type"), t.types, v -> c.name(Facet.TYPE, v, lang), null, false);
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

    /** The map under its heading, the switch of what shades it, what the two budgets mean, and its numbers. */
    private static void map(StringBuilder b, Catalogue c, Tally t, ResourceBundle words, NumberFormat n, String lang) {
        b.append("<h2>")
                .append(Html.esc(words.getString("chart.map")))
                .append("</h2><fieldset class=\"measure\"><legend>")
                .append(Html.esc(words.getString("chart.shadeBy")))
                .append("</legend>");
        for (String measure : List.of("projects", "budget", "shared")) {
            b.append("<label><input type=\"radio\" name=\"measure\" value=\"")
                    .append(measure)
                    .append(measure.equals("projects") ? "\" checked> " : "\"> ")
                    .append(Html.esc(words.getString(
                            switch (measure) {
                                case "projects" -> "chart.projects";
                                case "budget" -> "chart.budgetWhole";
                                default -> "chart.budgetShared";
                            })))
                    .append("</label> ");
        }
        b.append("</fieldset>");
        box(b, "map", "map", words.getString("chart.map"));
        double wholeSum =
                t.countries.values().stream().mapToDouble(s -> s.budget).sum();
        double sharedSum =
                t.countries.values().stream().mapToDouble(s -> s.shared).sum();
        say(
                b,
                text(
                        words,
                        "chart.budgetNote",
                        lang,
                        n.format(Math.round(wholeSum)),
                        n.format(Math.round(t.all.budget)),
                        n.format(Math.round(sharedSum))));
        table(
                b,
                words,
                n,
                words.getString("facet.country"),
                t.countries,
                a3 -> c.name(Facet.COUNTRY, a3, lang),
                a3 -> "/country/" + a3 + "?lang=" + lang,
                true);
    }

    /** Every year from the first to the last, those without a project too, so that bars stand a year apart. */
    private static JsonArray years(TreeMap<Integer, Sum> years) {
        JsonArray rows = new JsonArray();
        if (years.isEmpty()) {
            return rows;
        }
        for (int y = years.firstKey(); y <= years.lastKey(); y++) {
            Sum s = years.getOrDefault(y, new Sum());
            rows.add(row(String.valueOf(y), String.valueOf(y), s));
        }
        return rows;
    }

    private static JsonArray rows(Map<String, Sum> sums, Function<String, String> name, Function<String, String> m49) {
        JsonArray rows = new JsonArray();
        sums.forEach((key, sum) -> {
            JsonObject o = row(key, name.apply(key), sum);
            o.put("shared", Math.round(sum.shared));
            String code = m49.apply(key);
            if (code != null) {
                o.put("m49", code);
            }
            rows.add(o);
        });
        return rows;
    }

    private static JsonObject row(String key, String name, Sum sum) {
        JsonObject o = new JsonObject();
        o.put("key", key);
        o.put("name", name);
        o.put("projects", sum.projects);
        o.put("budget", Math.round(sum.budget));
        return o;
    }

    /** A sentence of {@code words} in {@code lang}, its numbers written as that language writes them. */
    private static String text(ResourceBundle words, String key, String lang, Object... args) {
        return new MessageFormat(words.getString(key), Locale.forLanguageTag(lang)).format(args);
    }

    private static void say(StringBuilder b, String text) {
        b.append("<p class=\"chart-note\">").append(Html.esc(text)).append("</p>");
    }

    /** The box the script draws in, named for assistive technology. */
    private static void box(StringBuilder b, String id, String css, String title) {
        b.append("<div id=\"")
                .append(id)
                .append("\" class=\"")
                .append(css)
                .append("\" role=\"img\" aria-label=\"")
                .append(Html.esc(title))
                .append("\"></div>");
    }

    /**
     * The numbers of a picture as a table, in a disclosure that every reader (and screen reader) can open; with
     * {@code shared}, the budget both whole in each row and shared.
     */
    private static void table(
            StringBuilder b,
            ResourceBundle words,
            NumberFormat n,
            String what,
            Map<String, Sum> sums,
            Function<String, String> name,
            Function<String, String> link,
            boolean shared) {
        b.append("<details><summary>")
                .append(Html.esc(words.getString("chart.numbers")))
                .append("</summary>")
                .append(
                        shared
                                ? Html.tableHead(
                                        what,
                                        words.getString("chart.projects"),
                                        words.getString("chart.budgetWhole"),
                                        words.getString("chart.budgetShared"))
                                : Html.tableHead(
                                        what, words.getString("chart.projects"), words.getString("chart.budget")));
        sums.forEach((key, sum) -> {
            b.append("<tr><td>")
                    .append(link == null ? Html.esc(name.apply(key)) : Html.link(link.apply(key), name.apply(key)))
                    .append("</td><td>")
                    .append(n.format(sum.projects))
                    .append("</td><td>")
                    .append(n.format(Math.round(sum.budget)));
            if (shared) {
                b.append("</td><td>").append(n.format(Math.round(sum.shared)));
            }
            b.append("</td></tr>");
        });
        b.append("</tbody></table></details>");
    }
}
