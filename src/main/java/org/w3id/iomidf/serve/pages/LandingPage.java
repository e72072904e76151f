package org.w3id.iomidf.serve.pages;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.text.MessageFormat;
import java.text.NumberFormat;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.function.Supplier;
import org.w3id.iomidf.serve.http.Html;
import org.w3id.iomidf.serve.http.Language;
import org.w3id.iomidf.serve.http.Reply;
import org.w3id.iomidf.serve.live.ExampleQueries;
import org.w3id.iomidf.serve.live.Site;

/**
 * The landing page, in the reader's language: what the data is (projects, countries, statements), which release,
 * under which licence and how to cite it; a search box; the example questions, each opening in the editor.
 */
final class LandingPage {

    private final Site site;
    private final List<ExampleQueries.Example> examples;
    private final Supplier<Catalogue> catalogue;

    LandingPage(Site site, List<ExampleQueries.Example> examples, Supplier<Catalogue> catalogue) {
        this.site = site;
        this.examples = examples;
        this.catalogue = catalogue;
    }

    void answer(HttpServletRequest req, HttpServletResponse res) throws IOException {
        String lang = Language.of(req);
        ResourceBundle words = Html.words(lang);
        NumberFormat n = NumberFormat.getIntegerInstance(Locale.forLanguageTag(lang));
        Catalogue c = catalogue.get();
        String id = site.release().id();
        String built = site.release().manifest().started() == null
                ? id
                : site.release()
                        .manifest()
                        .started()
                        .atOffset(ZoneOffset.UTC)
                        .toLocalDate()
                        .toString();
        StringBuilder b = new StringBuilder("<h1>")
                .append(Html.esc(words.getString("landing.title")))
                .append("</h1><p>")
                .append(Html.esc(MessageFormat.format(
                        words.getString("landing.about"),
                        n.format(c.projects().size()),
                        n.format(c.beneficiaryCountries()))))
                .append("</p>")
                .append(Html.searchForm(lang, "", words.getString("search")))
                .append("<ul><li>")
                .append(Html.link("/project/?lang=" + lang, words.getString("landing.browse")))
                .append("</li><li>")
                .append(Html.link("/query?lang=" + lang, words.getString("landing.editor")))
                .append("</li><li>")
                .append(Html.link("/dumps/?lang=" + lang, words.getString("downloads")))
                .append("</li><li>")
                .append(Html.link("/dataset?lang=" + lang, words.getString("landing.dataset")))
                .append("</li></ul>")
                .append(Charts.all(c, lang))
                .append(EditorPage.list(site, examples, lang))
                .append("<h2>")
                .append(Html.esc(words.getString("landing.release")))
                .append("</h2><p>")
                .append(Html.esc(MessageFormat.format(
                        words.getString("landing.releaseText"), id, built, n.format(site.triples()))))
                .append(" ")
                .append(Html.link("https://opendatacommons.org/licenses/by/1-0/", "ODC-BY 1.0"))
                .append(". ")
                .append(Html.esc(words.getString("landing.rights")))
                .append("</p><h2>")
                .append(Html.esc(words.getString("landing.cite")))
                .append("</h2><p><cite>")
                .append(Html.esc(Citation.text(site, lang, built)))
                .append("</cite></p>");
        res.addHeader("Vary", "Accept-Language");
        res.setHeader("Cache-Control", "max-age=300");
        Reply.html(
                req,
                res,
                HttpServletResponse.SC_OK,
                Html.page(lang, words.getString("landing.title"), "", b.toString()));
    }
}
