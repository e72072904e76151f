package org.w3id.iomidf.record;

import java.util.Locale;

/** The three languages of IDF pages; {@link #tag()} is the BCP 47 tag used on RDF literals. */
public enum PageLanguage {
    EN,
    FR,
    ES;

    public String tag() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static PageLanguage ofTag(String tag) {
        return valueOf(tag.toUpperCase(Locale.ROOT));
    }
}
