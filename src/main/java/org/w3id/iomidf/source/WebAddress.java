package org.w3id.iomidf.source;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;

/** The web addresses a page may be published with: absolute http(s) URLs a reader can follow. */
public final class WebAddress {

    private static final int MAX_LENGTH = 2000;

    private WebAddress() {}

    /** True for an absolute {@code http} or {@code https} URL with a host and no white space or markup. */
    public static boolean valid(String url) {
        if (url == null || url.isEmpty() || url.length() > MAX_LENGTH || url.matches(".*[\\s\"'<>\\\\`{}|^].*")) {
            return false;
        }
        try {
            URI u = new URI(url);
            String scheme = u.getScheme() == null ? "" : u.getScheme().toLowerCase(Locale.ROOT);
            return (scheme.equals("http") || scheme.equals("https"))
                    && u.getHost() != null
                    && u.getRawUserInfo() == null;
        } catch (URISyntaxException e) {
            return false;
        }
    }
}
