package org.w3id.iomidf.serve.pages;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.function.BinaryOperator;
import java.util.function.Supplier;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.w3id.iomidf.map.PrefixTable;
import org.w3id.iomidf.serve.http.Format;
import org.w3id.iomidf.serve.http.Html;
import org.w3id.iomidf.serve.http.Language;
import org.w3id.iomidf.serve.http.Negotiation;
import org.w3id.iomidf.serve.http.Reply;
import org.w3id.iomidf.serve.http.Route;
import org.w3id.iomidf.serve.live.Site;

/**
 * Answers for the IRIs minted under the build's base: the path {@code /project/MN10P0001} answers for
 * {@code {base}project/MN10P0001}, so a build made with a public base also works on localhost. The format is
 * negotiated on {@code Accept}, or named by an extension ({@code .ttl}, {@code .jsonld}, {@code .nt},
 * {@code .rdf}, {@code .html}).
 */
final class ResourceServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;
    /** The highest page number asked for that is not refused outright (a million pages of links). */
    static final int MAX_PAGE = 1_000_000;

    private final transient Site site;
    private final transient EditorPage editor;
    private final transient SearchPage search;
    private final transient LandingPage landing;
    private final transient BrowsePage browse;
    private final transient Supplier<Catalogue> catalogue;
    private final transient Supplier<Model> description;
    private final transient BinaryOperator<String> history;

    /** @param description the description of the dataset, shown on the dataset's own page */
    ResourceServlet(Site site, Supplier<Model> description, BinaryOperator<String> history) {
        this.history = history;
        this.site = site;
        this.editor = new EditorPage(site);
        this.search = new SearchPage(site);
        this.catalogue = Catalogue.of(site);
        this.browse = new BrowsePage(site, catalogue);
        this.landing = new LandingPage(site, site.examples(), catalogue);
        this.description = description;
    }

    /** The servlet of each route of the pages room, all made from one release's site. */
    Map<Route, HttpServlet> routes() {
        return Map.of(
                Route.LANDING, new Page(landing::answer),
                Route.EDITOR, new Page(editor::answer),
                Route.SEARCH,
                        new Page((req, res) -> {
                            OptionalInt page = pageAsked(req, res);
                            if (page.isPresent()) {
                                search.answer(req, res, page.getAsInt());
                            }
                        }),
                Route.PROJECTS,
                        new Page((req, res) -> {
                            OptionalInt page = pageAsked(req, res);
                            if (page.isPresent()) {
                                browse.answer(req, res, page.getAsInt());
                            }
                        }),
                Route.RESOURCES, this);
    }

    /** What a page answers a GET (and so a HEAD) with. */
    interface Answer {
        void answer(HttpServletRequest req, HttpServletResponse res) throws IOException;
    }

    /** A servlet answering GET with one page. */
    private static final class Page extends HttpServlet {
        private static final long serialVersionUID = 1L;
        private final transient Answer answer;

        Page(Answer answer) {
            this.answer = answer;
        }

        @Override
        protected void doGet(HttpServletRequest req, HttpServletResponse res) throws IOException {
            answer.answer(req, res);
        }
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse res) throws IOException {
        String path = req.getRequestURI();
        Optional<String> canonical = ResourcePath.canonical(path);
        if (canonical.isEmpty()) {
            Reply.text(req, res, HttpServletResponse.SC_BAD_REQUEST, said(req, "error.path"));
            return;
        }
        Target t = Target.of(canonical.get());
        if (t.path().equals("/ontology")) {
            new OntologyAnswer(site).answer(req, res, t.format());
            return;
        }
        OptionalInt page = pageAsked(req, res);
        if (page.isPresent()) {
            answer(req, res, t, page.getAsInt());
        }
    }

    private void answer(HttpServletRequest req, HttpServletResponse res, Target t, int page) throws IOException {
        String iri = site.base() + t.path().substring(1);
        ResourceData data = ResourceData.load(site, iri, page);
        Model extra = ModelFactory.createDefaultModel();
        if (iri.equals(site.datasetIri())) {
            extra = description.get();
            data = data.with(extra);
        }
        if (!data.exists()) {
            notFound(req, res, iri);
            return;
        }
        if (page > data.pages()) {
            Reply.text(req, res, HttpServletResponse.SC_NOT_FOUND, said(req, "error.noPage", page, iri, data.pages()));
            return;
        }
        Optional<Format> f = t.format().isPresent() ? t.format() : Reply.negotiate(req, res, Format.ALL);
        if (f.isEmpty()) {
            return;
        }
        res.setHeader("Cache-Control", "max-age=300");
        if (page < data.pages()) {
            res.addHeader("Link", "<" + t.path() + "?page=" + (page + 1) + ">; rel=\"next\"");
        }
        if (f.get() == Format.HTML) {
            res.addHeader("Vary", "Accept-Language");
            String lang = Language.of(req);
            String html = new ResourcePage(site, lang)
                    .render(data, t.path(), page, charts(t.path(), lang) + history.apply(iri, lang));
            Reply.html(req, res, HttpServletResponse.SC_OK, html);
        } else {
            Model m = data.rdf().add(extra);
            m.setNsPrefixes(PREFIXES);
            Reply.rdf(req, res, m, f.get());
        }
    }

    static final Map<String, String> PREFIXES = PrefixTable.vocabularies();

    /** The chart of the projects of a country ({@code /country/ISO3}) or region ({@code /region/M49}); else none. */
    private String charts(String path, String lang) {
        if (path.startsWith("/country/")) {
            String a3 = path.substring("/country/".length());
            return Charts.of(catalogue.get(), p -> p.values(Facet.COUNTRY).contains(a3), lang);
        }
        if (path.startsWith("/region/")) {
            String m49 = path.substring("/region/".length());
            return Charts.of(catalogue.get(), p -> p.values(Facet.REGION).contains(m49), lang);
        }
        return "";
    }

    /** The page asked for; empty after answering 400 when it is not one of 1 to {@link #MAX_PAGE}. */
    private static OptionalInt pageAsked(HttpServletRequest req, HttpServletResponse res) throws IOException {
        OptionalInt page = page(req.getParameter("page"));
        if (page.isEmpty()) {
            Reply.text(req, res, HttpServletResponse.SC_BAD_REQUEST, said(req, "error.page", MAX_PAGE));
        }
        return page;
    }

    /** The page of incoming links asked for: absent is the first; anything but 1 to {@link #MAX_PAGE} is refused. */
    static OptionalInt page(String asked) {
        if (asked == null) {
            return OptionalInt.of(1);
        }
        if (asked.isEmpty() || asked.length() > 7 || !asked.chars().allMatch(c -> c >= '0' && c <= '9')) {
            return OptionalInt.empty();
        }
        int n = Integer.parseInt(asked);
        return n >= 1 && n <= MAX_PAGE ? OptionalInt.of(n) : OptionalInt.empty();
    }

    private void notFound(HttpServletRequest req, HttpServletResponse res, String iri) throws IOException {
        Optional<Format> f = Negotiation.choose(req.getHeader("Accept"), List.of(Format.HTML));
        res.addHeader("Vary", "Accept");
        if (f.isPresent()) {
            Reply.html(
                    req, res, HttpServletResponse.SC_NOT_FOUND, new ResourcePage(site, Language.of(req)).notFound(iri));
        } else {
            Reply.text(req, res, HttpServletResponse.SC_NOT_FOUND, said(req, "error.unknown", iri));
        }
    }

    /** A message of the site in the reader's language, with its arguments (shown as they are, not as numbers). */
    private static String said(HttpServletRequest req, String key, Object... args) {
        Object[] shown = java.util.Arrays.stream(args).map(String::valueOf).toArray();
        return java.text.MessageFormat.format(Html.words(Language.of(req)).getString(key), shown);
    }

    /** A request path split into the resource's path and the format its extension names, if any. */
    record Target(String path, Optional<Format> format) {
        static Target of(String path) {
            int dot = path.lastIndexOf('.');
            if (dot > path.lastIndexOf('/')) {
                Optional<Format> f = Format.byExtension(path.substring(dot + 1));
                if (f.isPresent()) {
                    return new Target(path.substring(0, dot), f);
                }
            }
            return new Target(path, Optional.empty());
        }
    }
}
