package org.w3id.iomidf.source;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.parser.Parser;

/**
 * Reduces a saved HTML page to the text lines a browser's "save as text" gives, so that the same layout
 * rules apply: one line per block element (headings, paragraphs, divs, ...); a list item holding only
 * inline content becomes {@code - text}; a list item holding blocks becomes a {@code -} line followed by its
 * blocks (the iom.int label/value pairs), and so does a table row (a table of labels and values); the text of a
 * {@code <pre>} keeps its lines and indentation. Scripts, styles and the page footer (site-wide links that would
 * otherwise run on after the description) are left out. Each line carries the HTML source line of its element.
 */
final class HtmlLines {
    private static final Pattern WHITESPACE = Pattern.compile("[ \\t\\n\\r]+");

    private static final Set<String> SKIPPED =
            Set.of("head", "script", "style", "noscript", "template", "svg", "footer");
    private static final Set<String> BLOCKS = Set.of(
            "address",
            "article",
            "aside",
            "blockquote",
            "body",
            "dd",
            "details",
            "dialog",
            "div",
            "dl",
            "dt",
            "fieldset",
            "figcaption",
            "figure",
            "footer",
            "form",
            "h1",
            "h2",
            "h3",
            "h4",
            "h5",
            "h6",
            "header",
            "hr",
            "html",
            "li",
            "main",
            "nav",
            "ol",
            "p",
            "pre",
            "section",
            "summary",
            "table",
            "tbody",
            "td",
            "tfoot",
            "th",
            "thead",
            "tr",
            "ul");

    private final List<PageLine> lines = new ArrayList<>();
    private final StringBuilder current = new StringBuilder();
    /** Whether {@code current} holds more than white space: kept, since asking the builder would copy it. */
    private boolean currentHasText;

    private int currentLine = 1;
    /** How many {@code <pre>} elements the walk is inside: their text keeps its lines and indentation. */
    private int preformatted;

    private HtmlLines() {}

    /** A saved page's text lines, and the web address it says it was saved from (null when it says none). */
    record Page(List<PageLine> lines, String url) {}

    static List<PageLine> of(String html) {
        return page(html).lines();
    }

    static Page page(String html) {
        Parser parser = Parser.htmlParser().setTrackPosition(true);
        Document doc = Jsoup.parse(html, "", parser);
        HtmlLines out = new HtmlLines();
        out.walk(doc.body() == null ? doc : doc.body());
        out.flush();
        return new Page(out.lines, webAddress(doc));
    }

    /**
     * The address in {@code <link rel="canonical">}, else in {@code <meta property="og:url">}: an absolute
     * http(s) URL without spaces, quotes or angle brackets, at most 2,000 characters; else null.
     */
    private static String webAddress(Document doc) {
        for (String candidate : List.of(
                doc.select("link[rel=canonical]").attr("href"),
                doc.select("meta[property=og:url]").attr("content"))) {
            String url = candidate.strip();
            if (WebAddress.valid(url)) {
                return url;
            }
        }
        return null;
    }

    private void walk(Node node) {
        for (Node child : node.childNodes()) {
            if (child instanceof TextNode text && preformatted > 0) {
                preformatted(text);
            } else if (child instanceof TextNode text) {
                append(text.text(), lineOf(text));
            } else if (child instanceof Element el) {
                element(el);
            }
        }
    }

    private void element(Element el) {
        String tag = el.normalName();
        if (SKIPPED.contains(tag)) {
            return;
        }
        if (tag.equals("br")) {
            flush();
        } else if (tag.equals("li")) {
            flush();
            if (hasBlockChild(el)) {
                emit("-", lineOf(el));
                walk(el);
            } else {
                append("- ", lineOf(el));
                walk(el);
            }
            flush();
        } else if (tag.equals("tr")) {
            // A table row of label and value cells is an item, like a list item holding blocks.
            flush();
            emit("-", lineOf(el));
            walk(el);
            flush();
        } else if (tag.equals("pre")) {
            flush();
            preformatted++;
            walk(el);
            flush();
            preformatted--;
        } else if (BLOCKS.contains(tag)) {
            flush();
            walk(el);
            flush();
        } else {
            walk(el);
        }
    }

    /**
     * Text inside {@code <pre>} keeps its line breaks and its indentation, as a browser shows it: a text page
     * pasted into a {@code <pre>} reads as the text page.
     */
    private void preformatted(TextNode text) {
        String[] parts = text.getWholeText().split("\r\n|\r|\n", -1);
        int line = lineOf(text);
        for (int i = 0; i < parts.length; i++) {
            if (i > 0) {
                flush();
                line++;
            }
            if (!parts[i].isBlank() || currentHasText) {
                if (!currentHasText) {
                    currentLine = line;
                }
                current.append(parts[i].replace('\u00a0', ' '));
                currentHasText |= !parts[i].isBlank();
            }
        }
    }

    private static boolean hasBlockChild(Element el) {
        return el.children().stream().anyMatch(c -> BLOCKS.contains(c.normalName()));
    }

    private void append(String text, int line) {
        if (!currentHasText) {
            currentLine = line;
            if (text.isBlank()) {
                return;
            }
        }
        String spaced = text.replace('\u00a0', ' ');
        current.append(spaced);
        currentHasText |= !spaced.isBlank();
    }

    private void flush() {
        String text = preformatted > 0
                ? current.toString().stripTrailing()
                : WHITESPACE.matcher(current).replaceAll(" ").strip();
        if (!text.isEmpty()) {
            emit(text, currentLine);
        }
        current.setLength(0);
        currentHasText = false;
    }

    private void emit(String text, int line) {
        lines.add(new PageLine(Math.max(1, line), text));
    }

    private static int lineOf(Node node) {
        for (Node n = node; n != null; n = n.parentNode()) {
            int line = n.sourceRange().isTracked() ? n.sourceRange().start().lineNumber() : 0;
            if (line > 0) {
                return line;
            }
        }
        return 1;
    }
}
