package org.w3id.iomidf.serve.http;

import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.Locale;

/** The reader's language for HTML pages: {@code ?lang=}, else {@code Accept-Language}, else English. */
public final class Language {

    public static final List<String> SUPPORTED = List.of("en", "fr", "es");

    private Language() {}

    public static String of(HttpServletRequest req) {
        String asked = req.getParameter("lang");
        if (asked != null && SUPPORTED.contains(asked.toLowerCase(Locale.ROOT))) {
            return asked.toLowerCase(Locale.ROOT);
        }
        for (java.util.Enumeration<Locale> e = req.getLocales(); e.hasMoreElements(); ) {
            String l = e.nextElement().getLanguage();
            if (SUPPORTED.contains(l)) {
                return l;
            }
        }
        return "en";
    }
}
