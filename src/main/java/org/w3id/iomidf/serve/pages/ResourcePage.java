package org.w3id.iomidf.serve.pages;

import java.math.BigDecimal;
import java.text.MessageFormat;
import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.TreeMap;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.rdf.model.Literal;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.SKOS;
import org.w3id.iomidf.map.PROV;
import org.w3id.iomidf.serve.http.Format;
import org.w3id.iomidf.serve.http.Html;
import org.w3id.iomidf.serve.live.Site;
import org.w3id.iomidf.serve.live.TermNames;

/** The HTML page of one resource, in the reader's language: its facts, the links to it, its formats, its query. */
final class ResourcePage {

    private static final List<String> FIRST =
            List.of(RDF.type.getURI(), SKOS.prefLabel.getURI(), DCTerms.title.getURI(), DCTerms.description.getURI());

    private final Site site;
    private final String lang;
    private final ResourceBundle words;

    ResourcePage(Site site, String lang) {
        this.site = site;
        this.lang = lang;
        this.words = ResourceBundle.getBundle("serve.pages", Locale.forLanguageTag(lang));
    }

    String render(ResourceData data, String path, int page, String extra) {
        String title = name(data, data.iri());
        StringBuilder head = new StringBuilder();
        StringBuilder alt = new StringBuilder("<ul>");
        for (Format f : Format.RDF) {
            String href = path + "." + f.extension;
            head.append("<link rel=\"alternate\" type=\"")
                    .append(f.mediaType)
                    .append("\" href=\"")
                    .append(Html.esc(href))
                    .append("\">");
            alt.append("<li>")
                    .append(Html.link(href, f.label + " (" + f.mediaType + ")"))
                    .append("</li>");
        }
        StringBuilder b = new StringBuilder();
        b.append("<h1>")
                .append(Html.esc(title))
                .append("</h1><p class=\"iri\"><code>")
                .append(Html.esc(data.iri()))
                .append("</code></p>");
        b.append(facts(data)).append(sources(data)).append(extra).append(incoming(data, path, page));
        b.append("<h2>")
                .append(words.getString("formats"))
                .append("</h2>")
                .append(alt)
                .append("</ul>");
        b.append(query(data.iri()));
        return Html.page(lang, title, head.toString(), b.toString());
    }

    private String facts(ResourceData data) {
        Map<String, List<RDFNode>> byProperty = new TreeMap<>(Comparator.comparing(this::rank)
                .thenComparing(p -> site.labels().term(p, lang)));
        for (Statement s : data.statements()) {
            if (!data.sources().isEmpty() && s.getPredicate().equals(PROV.wasDerivedFrom)) {
                continue; // the source pages have their own table, with their web addresses
            }
            byProperty
                    .computeIfAbsent(s.getPredicate().getURI(), k -> new ArrayList<>())
                    .add(s.getObject());
        }
        StringBuilder b = new StringBuilder("<table class=\"facts\">");
        byProperty.forEach((p, values) -> {
            values.sort(Comparator.comparing(
                    v -> v.isLiteral() && lang.equals(v.asLiteral().getLanguage()) ? 0 : 1));
            b.append("<tr><th>").append(term(p)).append("</th><td>");
            for (RDFNode v : values) {
                b.append("<div")
                        .append(DCTerms.description.getURI().equals(p) ? " class=\"desc\">" : ">")
                        .append(value(data, v))
                        .append("</div>");
            }
            b.append("</td></tr>");
        });
        return b.append("</table>").toString();
    }

    private String sources(ResourceData data) {
        if (data.sources().isEmpty()) {
            return "";
        }
        StringBuilder b = new StringBuilder("<h2>")
                .append(words.getString("sources"))
                .append("</h2><table class=\"sources\"><thead><tr>");
        for (String heading : List.of("sources.file", "sources.language", "sources.web", "sources.said")) {
            b.append("<th scope=\"col\">")
                    .append(Html.esc(words.getString(heading)))
                    .append("</th>");
        }
        b.append("</tr></thead><tbody>");
        for (ResourceData.Source s : data.sources()) {
            String path = site.pathOf(s.page());
            String file = s.file().isEmpty() ? TermNames.localName(s.page()) : s.file();
            String language = s.language().isEmpty()
                    ? ""
                    : Locale.forLanguageTag(s.language()).getDisplayLanguage(Locale.forLanguageTag(lang));
            // The file name is where the build read the page, not an address: it is shown as text, and only a
            // web address the data knows is linked.
            b.append("<tr><td>")
                    .append(Html.esc(file))
                    .append("</td><td>")
                    .append(Html.esc(language))
                    .append("</td><td>")
                    .append(
                            s.web().isEmpty()
                                    ? "<span class=\"lang\">" + Html.esc(words.getString("sources.noWeb")) + "</span>"
                                    : Html.link(s.web(), s.web()))
                    .append("</td><td>")
                    .append(path == null ? "" : Html.link(path + "?lang=" + lang, words.getString("sources.saidLink")))
                    .append("</td></tr>");
        }
        return b.append("</tbody></table>").toString();
    }

    private int rank(String property) {
        int i = FIRST.indexOf(property);
        return i < 0 ? FIRST.size() : i;
    }

    private String term(String iri) {
        String path = site.pathOf(iri);
        String label = site.labels().term(iri, lang);
        return path == null ? Html.esc(label) : Html.link(path, label);
    }

    private String value(ResourceData data, RDFNode v) {
        if (v.isURIResource()) {
            String iri = v.asResource().getURI();
            String path = site.pathOf(iri);
            if (iri.startsWith(Site.ONTOLOGY_NS)) {
                return term(iri);
            }
            return Html.link(path != null ? path : iri, path != null ? name(data, iri) : iri);
        }
        if (v.isAnon()) {
            return "[]";
        }
        Literal l = v.asLiteral();
        String text = Html.esc(number(l));
        return l.getLanguage().isEmpty()
                ? text
                : text + " <span class=\"lang\">" + Html.esc(l.getLanguage()) + "</span>";
    }

    private String number(Literal l) {
        if (XSDDatatype.XSDdecimal.getURI().equals(l.getDatatypeURI())) {
            try {
                return NumberFormat.getNumberInstance(Locale.forLanguageTag(lang))
                        .format(new BigDecimal(l.getLexicalForm()));
            } catch (NumberFormatException e) {
                return l.getLexicalForm();
            }
        }
        return l.getLexicalForm();
    }

    String name(ResourceData data, String iri) {
        List<Literal> names = data.names().get(iri);
        String n = names == null ? null : TermNames.pick(names, lang);
        return n != null ? n : TermNames.localName(iri);
    }

    private String incoming(ResourceData data, String path, int page) {
        if (data.incomingTotal() == 0) {
            return "";
        }
        StringBuilder b =
                new StringBuilder("<h2>").append(words.getString("linkedFrom")).append("</h2>");
        long from = (long) (page - 1) * ResourceData.PAGE + 1;
        long to = Math.min(data.incomingTotal(), from + data.incoming().size() - 1);
        b.append("<p>")
                .append(MessageFormat.format(words.getString("shown"), from, to, data.incomingTotal()))
                .append("</p><table class=\"incoming\">");
        for (ResourceData.Link link : data.incoming()) {
            b.append("<tr><th>")
                    .append(term(link.property()))
                    .append(' ')
                    .append(words.getString("of"))
                    .append("</th><td>")
                    .append(value(data, site.ontology().createResource(link.subject())));
            if (link.type() != null) {
                b.append(" <span class=\"lang\">")
                        .append(Html.esc(site.labels().term(link.type(), lang)))
                        .append("</span>");
            }
            b.append("</td></tr>");
        }
        b.append("</table><p>");
        if (page > 1) {
            b.append(Html.link(path + "?page=" + (page - 1) + "&lang=" + lang, words.getString("previous")));
        }
        if (to < data.incomingTotal()) {
            b.append(' ').append(Html.link(path + "?page=" + (page + 1) + "&lang=" + lang, words.getString("next")));
        }
        return b.append("</p>").toString();
    }

    private String query(String iri) {
        String q = "SELECT ?property ?value WHERE {\n  <" + iri + "> ?property ?value\n}";
        return "<h2>" + words.getString("query") + "</h2><pre><code>" + Html.esc(q) + "</code></pre><p>"
                + Html.link("/query?query=" + Html.url(q), words.getString("run")) + "</p>";
    }

    String notFound(String iri) {
        String body = "<h1>" + words.getString("notFound") + "</h1><p class=\"iri\"><code>" + Html.esc(iri)
                + "</code></p><p>" + Html.esc(words.getString("notFoundText")) + "</p><ul><li>"
                + Html.link("/query", "SPARQL") + "</li><li>" + Html.link("/dumps/", "/dumps/") + "</li></ul>";
        return Html.page(lang, words.getString("notFound"), "", body);
    }
}
