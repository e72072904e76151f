package org.w3id.iomidf.serve.http;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.ResourceBundle;
import org.apache.jena.atlas.json.JsonString;
import org.apache.jena.atlas.json.JsonValue;

/**
 * The frame every HTML page shares, and escaping. Every piece of data goes through {@link #esc} before it
 * reaches a page: a description holding markup or a script is shown as text.
 */
public final class Html {

    private static final String STYLE =
            """
            body{font:16px/1.5 system-ui,sans-serif;margin:0;color:#222}
            header{background:#0b3c5d;color:#fff;padding:.6em 1.2em}header a{color:#fff;margin-right:1em}
            main{max-width:60em;margin:0 auto;padding:1em}table{border-collapse:collapse;width:100%}
            th,td{text-align:left;vertical-align:top;padding:.3em .6em;border-bottom:1px solid #ddd}
            th{width:14em;font-weight:600}code,pre{background:#f4f4f4;font-size:90%}pre{padding:.6em;overflow:auto}
            .iri{color:#555;word-break:break-all}.lang{color:#555;font-size:80%}.desc{white-space:pre-wrap}
            nav.lang a{margin-left:.5em}header nav,header form{display:inline-block}header form{float:right}
            header input[type=search]{width:14em}mark{background:#ffe27a}ol.hits li{margin-bottom:.8em}
            .browse{display:flex;gap:2em;align-items:flex-start}.browse aside{flex:0 0 17em}.browse label{display:block}
            .facet h2{font-size:100%;margin:1em 0 .2em}.facet ul{list-style:none;padding:0;margin:0;max-height:16em;overflow:auto}
            .facet li.on{font-weight:600}.count{color:#555;font-size:85%}.results{flex:1}
            .map{height:28em;width:100%}.chart{height:22em;width:100%}fieldset.measure{border:0;padding:0}""";

    /** The site's icon, as SVG for browsers that take it and as ICO for the others (both from the jar). */
    private static final String ICONS = "<link rel=\"icon\" href=\"/favicon.svg\" type=\"image/svg+xml\">"
            + "<link rel=\"icon\" href=\"/favicon.ico\" sizes=\"32x32\">";

    private Html() {}

    public static String esc(String s) {
        StringBuilder b = new StringBuilder(s.length() + 16);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '&' -> b.append("&amp;");
                case '"' -> b.append("&quot;");
                case '\'' -> b.append("&#39;");
                default -> b.append(c);
            }
        }
        return b.toString();
    }

    /** The start of a table with one row of column headings (escaped here), up to its body: {@code <tbody>}. */
    public static String tableHead(String... headings) {
        StringBuilder b = new StringBuilder("<table><thead><tr>");
        for (String h : headings) {
            b.append("<th scope=\"col\">").append(esc(h)).append("</th>");
        }
        return b.append("</tr></thead><tbody>").toString();
    }

    /** JSON as it may stand inside a {@code <script>} element: {@code <} escaped, so no text ends the element. */
    public static String scriptJson(JsonValue json) {
        return json.toString().replace("<", "\\u003c");
    }

    /** A text as a JSON string inside a {@code <script>} element (see {@link #scriptJson}). */
    public static String scriptString(String text) {
        return scriptJson(new JsonString(text));
    }

    public static String url(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    /**
     * A link, or only its text when the target is neither a local path nor an http(s) IRI: an IRI in the data
     * such as {@code javascript:...} must not become something a reader can click.
     */
    public static String link(String href, String text) {
        if (!isSafeTarget(href)) {
            return esc(text);
        }
        return "<a href=\"" + esc(href) + "\">" + esc(text) + "</a>";
    }

    static boolean isSafeTarget(String href) {
        String h = href.toLowerCase(Locale.ROOT);
        return (h.startsWith("/") && !h.startsWith("//"))
                || h.startsWith("#")
                || h.startsWith("?")
                || h.startsWith("http://")
                || h.startsWith("https://");
    }

    /**
     * A complete page in {@code lang} (one of {@link Language#SUPPORTED}): the header's links, in that language
     * and keeping it, and a search box; {@code head} and {@code body} must already be escaped.
     */
    public static String page(String lang, String title, String head, String body) {
        ResourceBundle words = words(lang);
        String keep = "?lang=" + esc(lang);
        return "<!DOCTYPE html>\n<html lang=\"" + esc(lang) + "\"><head><meta charset=\"utf-8\">"
                + "<meta name=\"viewport\" content=\"width=device-width,initial-scale=1\">"
                + "<title>" + esc(title) + "</title>" + ICONS + head + "<style>" + STYLE + "</style></head><body>"
                + "<header><nav><a href=\"/" + keep + "\">" + esc(words.getString("home")) + "</a>"
                + "<a href=\"/project/" + keep + "\">" + esc(words.getString("projects")) + "</a>"
                + "<a href=\"/query" + keep + "\">SPARQL</a>"
                + "<a href=\"/dumps/" + keep + "\">" + esc(words.getString("downloads")) + "</a>"
                + "<a href=\"/release/" + keep + "\">" + esc(words.getString("releases")) + "</a>"
                + "<a href=\"/ontology" + keep + "\">" + esc(words.getString("ontology")) + "</a></nav>"
                + searchForm(lang, "", words.getString("search"))
                + "<nav class=\"lang\" aria-label=\"" + esc(words.getString("language")) + "\">"
                + "<a href=\"?lang=en\" lang=\"en\">English</a><a href=\"?lang=fr\" lang=\"fr\">Français</a>"
                + "<a href=\"?lang=es\" lang=\"es\">Español</a></nav>"
                + "</header><main>" + body + "</main></body></html>\n";
    }

    /** The search box: a form to {@code /search} keeping the language, with {@code value} in the field. */
    public static String searchForm(String lang, String value, String label) {
        return "<form class=\"search\" action=\"/search\" method=\"get\" role=\"search\">"
                + "<input type=\"hidden\" name=\"lang\" value=\"" + esc(lang) + "\">"
                + "<input type=\"search\" name=\"q\" maxlength=\"200\" aria-label=\"" + esc(label) + "\" value=\""
                + esc(value) + "\"> <button type=\"submit\">" + esc(label) + "</button></form>";
    }

    /** The site's words in {@code lang}. */
    public static ResourceBundle words(String lang) {
        return ResourceBundle.getBundle("serve.pages", Locale.forLanguageTag(lang));
    }
}
