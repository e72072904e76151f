package org.w3id.iomidf.serve.pages;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.text.Collator;
import java.text.MessageFormat;
import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.function.Supplier;
import org.apache.jena.query.QueryCancelledException;
import org.apache.jena.query.QueryException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.w3id.iomidf.serve.http.Html;
import org.w3id.iomidf.serve.http.Language;
import org.w3id.iomidf.serve.http.Reply;
import org.w3id.iomidf.serve.live.Site;

/**
 * {@code /project/}: the projects, narrowed by facets (beneficiary country, UN region and sub-region, UN country
 * group, IDF region, type, status, coverage), a year range and the words of a search, each facet value with the
 * number of projects it would leave; listed latest first, by title or by budget, each with its years, countries and
 * budget. Every list has its own address, the SPARQL that gives the same projects
 * (opening in the editor) and a CSV of exactly them (that query's answer as CSV).
 */
final class BrowsePage {
    private static final Logger LOG = LoggerFactory.getLogger(BrowsePage.class);
    static final int PAGE = 20;

    /** The most resources a search narrows to. */
    private static final int MAX_MATCHES = 10_000;
    /** Searches whose results are kept. */
    private static final int KEPT = 32;

    private final Site site;
    private final Supplier<Catalogue> catalogue;
    /** The listing without any choice, once worked out. */
    private volatile Listing all;
    /** The resources found for the last {@value #KEPT} searches, least recently used dropped first. */
    private final Map<String, Set<String>> searches = new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Set<String>> eldest) {
            return size() > KEPT;
        }
    };

    BrowsePage(Site site, Supplier<Catalogue> catalogue) {
        this.site = site;
        this.catalogue = catalogue;
    }

    /** The projects a selection lists, latest first, and each facet value's count under it. */
    private record Listing(List<Catalogue.Project> shown, Map<Facet, Map<String, Integer>> counts) {}

    void answer(HttpServletRequest req, HttpServletResponse res, int page) throws IOException {
        String lang = Language.of(req);
        Catalogue c = catalogue.get();
        Selection sel = Selection.of(req, c);
        Listing listing;
        try {
            listing = sel.chosen().isEmpty() && sel.words().isEmpty() && sel.from() == 0 && sel.to() == 0
                    ? everything(c)
                    : list(c, sel);
        } catch (QueryException e) {
            // The words are escaped before the index reads them; should it still refuse them (or time out), the
            // reader is told so in their language, never with the index's message.
            LOG.debug("search for {} refused", sel.words(), e);
            boolean late = e instanceof QueryCancelledException;
            ResourceBundle words = Html.words(lang);
            res.addHeader("Vary", "Accept-Language");
            Reply.html(
                    req,
                    res,
                    late ? HttpServletResponse.SC_SERVICE_UNAVAILABLE : HttpServletResponse.SC_BAD_REQUEST,
                    Html.page(
                            lang,
                            words.getString("browse.title"),
                            "",
                            "<h1>" + Html.esc(words.getString("browse.title")) + "</h1><p>"
                                    + Html.esc(words.getString(late ? "search.timeout" : "search.unreadable"))
                                    + "</p>"));
            return;
        }
        List<Catalogue.Project> shown = sorted(c, listing.shown(), sel.sort(), lang);
        res.addHeader("Vary", "Accept-Language");
        Reply.html(req, res, HttpServletResponse.SC_OK, render(c, sel, shown, listing.counts(), page, lang));
    }

    /** The projects in the order asked for; the catalogue's own order (latest start first) is the default. */
    private static List<Catalogue.Project> sorted(
            Catalogue c, List<Catalogue.Project> shown, Selection.Sort sort, String lang) {
        if (sort == Selection.Sort.START) {
            return shown;
        }
        List<Catalogue.Project> out = new ArrayList<>(shown);
        if (sort == Selection.Sort.BUDGET) {
            out.sort(Comparator.comparingDouble(Catalogue.Project::budget).reversed());
        } else {
            Collator collator = Collator.getInstance(Locale.forLanguageTag(lang));
            Map<String, String> titles = new HashMap<>();
            out.forEach(p -> titles.put(p.iri(), c.title(p.iri(), lang)));
            out.sort(Comparator.comparing((Catalogue.Project p) -> titles.get(p.iri()), collator));
        }
        return out;
    }

    /** The listing of every project, the first page a reader sees, worked out once per release. */
    private Listing everything(Catalogue c) {
        Listing l = all;
        if (l == null) {
            l = list(c, new Selection(Map.of(), 0, 0, "", Selection.Sort.START));
            all = l;
        }
        return l;
    }

    private Listing list(Catalogue c, Selection sel) {
        Set<String> matching = sel.words().isEmpty() ? null : matching(sel.words());
        List<Catalogue.Project> shown = new ArrayList<>();
        Map<Facet, Map<String, Integer>> counts = new EnumMap<>(Facet.class);
        for (Facet f : Facet.values()) {
            counts.put(f, new HashMap<>());
        }
        for (Catalogue.Project p : c.projects()) {
            if ((matching != null && !matching.contains(p.iri())) || !p.within(sel.from(), sel.to())) {
                continue;
            }
            Facet missed = null;
            boolean out = false;
            for (Facet f : Facet.values()) {
                Set<String> want = sel.chosen(f);
                if (!want.isEmpty() && p.values(f).stream().noneMatch(want::contains)) {
                    if (missed != null) {
                        out = true;
                        break;
                    }
                    missed = f;
                }
            }
            if (out) {
                continue;
            }
            // A project missing one facet's choice still counts for that facet: choosing its value would add it.
            for (Facet f : Facet.values()) {
                if (missed == null || missed == f) {
                    for (String v : p.values(f)) {
                        counts.get(f).merge(v, 1, Integer::sum);
                    }
                }
            }
            if (missed == null) {
                shown.add(p);
            }
        }
        return new Listing(shown, counts);
    }

    private String render(
            Catalogue c,
            Selection sel,
            List<Catalogue.Project> shown,
            Map<Facet, Map<String, Integer>> counts,
            int page,
            String lang) {
        ResourceBundle words = Html.words(lang);
        NumberFormat n = NumberFormat.getIntegerInstance(Locale.forLanguageTag(lang));
        StringBuilder b = new StringBuilder("<h1>")
                .append(Html.esc(words.getString("browse.title")))
                .append("</h1><div class=\"browse\"><aside>");
        b.append("<form action=\"/project/\" method=\"get\"><input type=\"hidden\" name=\"lang\" value=\"")
                .append(Html.esc(lang))
                .append("\">");
        if (sel.sort() != Selection.Sort.START) {
            b.append("<input type=\"hidden\" name=\"sort\" value=\"")
                    .append(sel.sort().param)
                    .append("\">");
        }
        for (Facet f : Facet.values()) {
            for (String v : sel.chosen(f)) {
                b.append("<input type=\"hidden\" name=\"")
                        .append(f.param)
                        .append("\" value=\"")
                        .append(Html.esc(v))
                        .append("\">");
            }
        }
        b.append("<label>")
                .append(Html.esc(words.getString("search")))
                .append(" <input type=\"search\" name=\"q\" maxlength=\"200\" value=\"")
                .append(Html.esc(sel.words()))
                .append("\"></label><label>")
                .append(Html.esc(words.getString("browse.from")))
                .append(" <input type=\"number\" name=\"from\" min=\"1990\" max=\"2100\" value=\"")
                .append(sel.from() > 0 ? String.valueOf(sel.from()) : "")
                .append("\"></label><label>")
                .append(Html.esc(words.getString("browse.to")))
                .append(" <input type=\"number\" name=\"to\" min=\"1990\" max=\"2100\" value=\"")
                .append(sel.to() > 0 ? String.valueOf(sel.to()) : "")
                .append("\"></label><button type=\"submit\">")
                .append(Html.esc(words.getString("browse.apply")))
                .append("</button></form>");
        for (Facet f : Facet.values()) {
            Map<String, Integer> count = counts.get(f);
            Set<String> values = new LinkedHashSet<>(sel.chosen(f));
            count.entrySet().stream()
                    .sorted(Map.Entry.<String, Integer>comparingByValue()
                            .reversed()
                            .thenComparing(Map.Entry.comparingByKey()))
                    .forEach(e -> values.add(e.getKey()));
            if (values.isEmpty()) {
                continue;
            }
            b.append("<section class=\"facet\" data-facet=\"")
                    .append(f.param)
                    .append("\"><h2>")
                    .append(Html.esc(words.getString("facet." + f.param)))
                    .append("</h2><ul>");
            for (String v : values) {
                boolean on = sel.chosen(f).contains(v);
                b.append("<li")
                        .append(on ? " class=\"on\"" : "")
                        .append(">")
                        .append(Html.link("/project/" + sel.query(lang, f, v), (on ? "✓ " : "") + c.name(f, v, lang)))
                        .append(" <span class=\"count\">")
                        .append(n.format(count.getOrDefault(v, 0)))
                        .append("</span></li>");
            }
            b.append("</ul></section>");
        }
        b.append("</aside><section class=\"results\"><p class=\"total\">")
                .append(Html.esc(MessageFormat.format(words.getString("browse.total"), n.format(shown.size()))))
                .append("</p>")
                .append(sortLinks(sel, lang, words))
                .append("<ol class=\"projects\" start=\"")
                .append((page - 1) * PAGE + 1)
                .append("\">");
        List<Catalogue.Project> here =
                shown.subList(Math.min(shown.size(), (page - 1) * PAGE), Math.min(shown.size(), page * PAGE));
        NumberFormat money = NumberFormat.getIntegerInstance(Locale.forLanguageTag(lang));
        for (Catalogue.Project p : here) {
            b.append("<li>")
                    .append(Html.link(site.pathOf(p.iri()) + "?lang=" + lang, c.title(p.iri(), lang)))
                    .append(" <span class=\"lang\">")
                    .append(
                            p.start() == 0
                                    ? ""
                                    : p.start() + (p.end() == 0 || p.end() == p.start() ? "" : "–" + p.end()))
                    .append(" · ")
                    .append(Html.esc(String.join(
                            ", ",
                            p.values(Facet.COUNTRY).stream()
                                    .map(v -> c.name(Facet.COUNTRY, v, lang))
                                    .toList())))
                    .append("</span>");
            if (p.budget() > 0) {
                b.append(" <span class=\"budget\">USD ")
                        .append(Html.esc(money.format(Math.round(p.budget()))))
                        .append("</span>");
            }
            b.append("</li>");
        }
        b.append("</ol><nav class=\"pager\">");
        String here0 = "/project/" + sel.query(lang, null, null) + "&page=";
        if (page > 1) {
            b.append(Html.link(here0 + (page - 1), words.getString("previous"))).append(' ');
        }
        if (page * PAGE < shown.size()) {
            b.append(Html.link(here0 + (page + 1), words.getString("next")));
        }
        String sparql = sel.sparql(lang);
        b.append("</nav><p>")
                .append(Html.link(
                        "/query?lang=" + lang + "&query=" + Html.url(site.prefixes() + sparql),
                        words.getString("browse.asSparql")))
                .append(" · ")
                .append(Html.link(
                        "/sparql?output=csv&query=" + Html.url(site.prefixes() + sparql),
                        words.getString("browse.asCsv")))
                .append("</p></section></div>");
        return Html.page(lang, words.getString("browse.title"), "", b.toString());
    }

    /**
     * The resources whose texts hold the words (none when the words leave nothing to look for); the last few
     * searches are kept, as a reader narrowing a search by facets asks the same words again.
     */
    private Set<String> matching(String words) {
        synchronized (searches) {
            Set<String> kept = searches.get(words);
            if (kept != null) {
                return kept;
            }
        }
        String text = SearchPage.matching(words, "?s");
        Set<String> found = new HashSet<>();
        if (text != null) {
            site.select(
                    "PREFIX text: <http://jena.apache.org/text#>\nSELECT DISTINCT ?s WHERE { " + text + " } LIMIT "
                            + MAX_MATCHES,
                    qe -> {
                        qe.execSelect()
                                .forEachRemaining(
                                        s -> found.add(s.getResource("s").getURI()));
                        return null;
                    });
        }
        synchronized (searches) {
            searches.put(words, Set.copyOf(found));
        }
        return found;
    }

    /** The orders the list can be shown in: the current one named, each other a link keeping every other choice. */
    private static String sortLinks(Selection sel, String lang, ResourceBundle words) {
        StringBuilder b = new StringBuilder("<nav class=\"sort\">")
                .append(Html.esc(words.getString("browse.sort")))
                .append(' ');
        List<String> items = new ArrayList<>();
        for (Selection.Sort s : Selection.Sort.values()) {
            String name = words.getString("browse.sort." + s.param);
            items.add(
                    s == sel.sort()
                            ? "<strong>" + Html.esc(name) + "</strong>"
                            : Html.link("/project/" + sel.sorted(s).query(lang, null, null), name));
        }
        return b.append(String.join(" · ", items)).append("</nav>").toString();
    }
}
