package org.w3id.iomidf.source;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.parser.Parser;

/**
 * The addresses of a page's other language versions, as the page links them: {@code <link rel="alternate"
 * hreflang="fr" href=...>} in the head and the language switch's {@code <a hreflang=... href=...>}; relative
 * addresses resolved against the page's own, the page's own address left out. The site's own word on which pages
 * are one project, read with a scan of the tags rather than a second parse of the page.
 */
final class Alternates {
    private static final Pattern TAG = Pattern.compile("<(link|a)\\s[^>]*>", Pattern.CASE_INSENSITIVE);
    private static final Pattern ATTRIBUTE =
            Pattern.compile("([a-zA-Z-]+)\\s*=\\s*(?:\"([^\"]*)\"|'([^']*)'|([^\\s\"'>]+))", Pattern.CASE_INSENSITIVE);

    private Alternates() {}

    /** The language versions {@code html} links, absolute and sorted; empty when it links none. */
    static List<String> of(String html, String pageUrl) {
        if (html.indexOf("hreflang") < 0 && html.indexOf("HREFLANG") < 0) {
            return List.of();
        }
        URI base = base(pageUrl);
        TreeSet<String> out = new TreeSet<>();
        Matcher tag = TAG.matcher(html);
        while (tag.find()) {
            String href = null;
            String rel = null;
            boolean hreflang = false;
            Matcher a = ATTRIBUTE.matcher(tag.group());
            while (a.find()) {
                String value = a.group(2) != null ? a.group(2) : a.group(3) != null ? a.group(3) : a.group(4);
                switch (a.group(1).toLowerCase(Locale.ROOT)) {
                    case "href" -> href = Parser.unescapeEntities(value, true).strip();
                    case "rel" -> rel = value.toLowerCase(Locale.ROOT);
                    case "hreflang" -> hreflang = !value.isBlank();
                    default -> {}
                }
            }
            boolean link = tag.group(1).equalsIgnoreCase("link");
            if (!hreflang || href == null || (link && (rel == null || !rel.contains("alternate")))) {
                continue;
            }
            String absolute = absolute(base, href);
            if (absolute != null && !absolute.equals(pageUrl) && !homePage(absolute)) {
                out.add(absolute);
            }
        }
        return List.copyOf(out);
    }

    /**
     * A link to a language's home page ({@code /}, {@code /fr}) is what a language switch shows on a page that has
     * no translation: it is no version of this page, and taking it as one would make one project of every page.
     */
    private static boolean homePage(String url) {
        String path = URI.create(url).getRawPath();
        return path == null || path.replaceAll("^/+|/+$", "").indexOf('/') < 0 && path.length() <= 4;
    }

    static String withoutFragment(String url) {
        int hash = url.indexOf('#');
        return hash < 0 ? url : url.substring(0, hash);
    }

    private static URI base(String pageUrl) {
        try {
            return pageUrl == null ? null : new URI(pageUrl);
        } catch (URISyntaxException e) {
            return null;
        }
    }

    private static String absolute(URI base, String href) {
        try {
            URI u = new URI(href);
            if (!u.isAbsolute()) {
                if (base == null) {
                    return null;
                }
                u = base.resolve(u);
            }
            String s = withoutFragment(u.normalize().toString());
            return WebAddress.valid(s) ? s : null;
        } catch (URISyntaxException | IllegalArgumentException e) {
            return null;
        }
    }
}
