package org.w3id.iomidf.generate;

import java.util.List;
import org.w3id.iomidf.record.PageLanguage;

/**
 * A site-layout page as the browser saves it in HTML: the iom.int navigation, the title as the heading, one
 * list item per field (label and value blocks; an empty value has no value block) and the description as
 * paragraphs, with a script and a footer a reader must skip.
 */
final class HtmlPage {
    private static final List<List<String>> MENUS = List.of(
            List.of("Who we are", "Our Work", "Where we work", "Data and Research", "2030 Agenda"),
            List.of("Qui sommes nous", "Notre travail", "Où travaillons-nous", "Données et recherche", "2030 AGENDA"),
            List.of("Quiénes somos", "Nuestro trabajo", "Dónde operamos", "Datos e investigación", "2030 AGENDA"));

    private HtmlPage() {}

    static String render(PageDraft d) {
        return render(d, "");
    }

    /** As {@link #render(PageDraft)}, with {@code head} (links to the page's language versions) in the head. */
    static String render(PageDraft d, String head) {
        PageLanguage lang = d.truth().lang();
        StringBuilder out = new StringBuilder(6000);
        out.append("<!DOCTYPE html>\n<html lang=\"")
                .append(lang.tag())
                .append("\" dir=\"ltr\">\n<head>\n")
                .append("  <meta charset=\"utf-8\">\n  <title>")
                .append(escape(d.title()))
                .append(" | IOM</title>\n  <script>window.dataLayer = window.dataLayer || [];</script>\n")
                .append(head)
                .append("</head>\n<body class=\"path-node page-node-type-project\">\n  <header role=\"banner\">\n")
                .append("    <nav role=\"navigation\" class=\"main-menu\">\n      <ul class=\"menu\">\n");
        for (String item : MENUS.get(lang.ordinal())) {
            out.append("        <li class=\"menu-item\"><a href=\"#\">")
                    .append(escape(item))
                    .append("</a></li>\n");
        }
        out.append("      </ul>\n    </nav>\n  </header>\n  <main role=\"main\">\n    <article>\n")
                .append("      <h1 class=\"page-title\"><span>")
                .append(escape(d.title()))
                .append("</span></h1>\n")
                .append("      <ul class=\"project-fields\">\n");
        d.written().forEach((field, value) -> {
            out.append("        <li class=\"field\"><div class=\"field__label\">")
                    .append(escape(FieldLabels.label(field, lang)))
                    .append("</div>");
            if (!value.isEmpty()) {
                out.append("\n          <div class=\"field__item\">")
                        .append(escape(value))
                        .append("</div>\n        ");
            }
            out.append("</li>\n");
        });
        out.append("      </ul>\n      <div class=\"field field--name-body\">\n");
        d.description().forEach(p -> out.append("        <p>").append(escape(p)).append("</p>\n"));
        return out.append("      </div>\n    </article>\n  </main>\n  <footer role=\"contentinfo\">\n")
                .append("    <a href=\"#\">Contact</a>\n  </footer>\n</body>\n</html>")
                .toString();
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;")
                .replace("<", "&lt;")
                .replace(">", "&gt;")
                .replace("\"", "&quot;");
    }
}
