package org.w3id.iomidf.harvest;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * The links of one fetched HTML page, resolved against its address, without fragments: every {@code a href}, the
 * page's language versions ({@code link rel=alternate hreflang} and {@code a hreflang}: the language switch) and
 * {@code rel=next} (paginated listings). Also tells a Drupal page of another kind (news, events: its body names
 * the node type) from a project page.
 */
record PageLinks(Set<URI> links, Set<URI> alternates, boolean otherKind) {
    private static final Pattern NODE_TYPE = Pattern.compile("page-node-type-([a-z0-9_-]+)");

    static PageLinks of(URI base, byte[] body) {
        Document doc = Jsoup.parse(new String(body, StandardCharsets.UTF_8), base.toString());
        Set<URI> links = new LinkedHashSet<>();
        Set<URI> alternates = new LinkedHashSet<>();
        for (Element a : doc.select("a[href], link[rel~=(?i)next]")) {
            add(links, a.absUrl("href"));
        }
        for (Element a : doc.select("link[rel~=(?i)alternate][hreflang], a[hreflang][href]")) {
            add(alternates, a.absUrl("href"));
        }
        links.addAll(alternates);
        Element bodyElement = doc.body();
        var m = NODE_TYPE.matcher(
                bodyElement == null ? "" : bodyElement.className().toLowerCase(Locale.ROOT));
        boolean other = m.find() && !m.group(1).equals("project");
        return new PageLinks(links, alternates, other);
    }

    private static void add(Set<URI> into, String href) {
        if (href == null || href.isEmpty()) {
            return;
        }
        try {
            URI u = new URI(href).normalize();
            if (u.getScheme() == null || u.getHost() == null) {
                return;
            }
            String s = u.toString();
            int hash = s.indexOf('#');
            URI plain = new URI(hash < 0 ? s : s.substring(0, hash));
            into.add(plain.getRawPath() == null || plain.getRawPath().isEmpty() ? plain.resolve("/") : plain);
        } catch (java.net.URISyntaxException e) {
            // an address no browser could follow either
        }
    }

    List<URI> sorted() {
        return links.stream().sorted().toList();
    }
}
