package org.w3id.iomidf.source;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** A page's language versions, as its head and its language switch link them. */
class AlternatesTest {
    private static final String PAGE = "https://www.iom.int/project/border-management-mongolia";

    @Test
    void headLinksAndTheLanguageSwitchResolvedAgainstThePageWithoutItself() {
        String html = "<html><head>\n"
                + "<link rel=\"alternate\" hreflang=\"en\" href=\"" + PAGE + "\">\n"
                + "<link hreflang='fr' rel='alternate' href='/fr/node/1201'>\n"
                + "<link rel=\"canonical\" href=\"" + PAGE + "\">\n"
                + "<link rel=\"alternate\" type=\"application/rss+xml\" href=\"/rss.xml\">\n"
                + "</head><body><ul class=\"language-switcher\">\n"
                + "<li><a href=\"/es/node/1201#main\" hreflang=\"es\">Español</a></li>\n"
                + "<li><a href=\"/fr\" hreflang=\"fr\">Accueil</a></li>\n"
                + "<li><a href=\"/about\">About</a></li></ul></body></html>";
        assertEquals(
                List.of("https://www.iom.int/es/node/1201", "https://www.iom.int/fr/node/1201"),
                Alternates.of(html, PAGE));
    }

    @Test
    void relativeLinksOfAPageWithoutAddressAreLeftOut() {
        String html = "<link rel=\"alternate\" hreflang=\"fr\" href=\"/fr/node/1201\">"
                + "<link rel=\"alternate\" hreflang=\"es\" href=\"https://www.iom.int/es/node/1201\">";
        assertEquals(List.of("https://www.iom.int/es/node/1201"), Alternates.of(html, null));
    }

    @Test
    void aPageWithoutAlternatesHasNone() {
        assertEquals(List.of(), Alternates.of("<html><body><p>Texte</p></body></html>", PAGE));
    }
}
