package org.w3id.iomidf.serve.http;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * HTTP content negotiation on {@code Accept}. Among the offered formats the client's highest quality wins; at
 * equal quality an explicitly named type beats a wildcard (a browser's {@code text/html,...,*}{@code /*;q=0.8}
 * gets HTML), then the server's order decides.
 */
public final class Negotiation {

    private static final Pattern Q = Pattern.compile("0(\\.\\d{0,3})?|1(\\.0{0,3})?");
    /** Ranges read from one header (more than any client sends); the rest are ignored. */
    private static final int MAX_RANGES = 64;

    private Negotiation() {}

    private record Range(String type, String subtype, double q) {
        int specificity(String mediaType) {
            int slash = mediaType.indexOf('/');
            String t = mediaType.substring(0, slash);
            String s = mediaType.substring(slash + 1);
            if (type.equals("*")) {
                return 1;
            }
            if (!type.equals(t)) {
                return 0;
            }
            if (subtype.equals("*")) {
                return 2;
            }
            return subtype.equals(s) ? 3 : 0;
        }
    }

    /** The format to answer in, or empty if the client accepts none of the offered ones (406). */
    public static Optional<Format> choose(String accept, List<Format> offered) {
        List<Range> ranges = accept == null ? List.of() : parse(accept);
        if (ranges.isEmpty()) {
            return Optional.of(offered.get(0));
        }
        Format best = null;
        double bestQ = 0;
        int bestSpec = 0;
        for (Format f : offered) {
            Range match = null;
            int spec = 0;
            for (Range r : ranges) {
                int s = r.specificity(f.mediaType);
                if (s > spec) {
                    spec = s;
                    match = r;
                }
            }
            if (match == null || match.q <= 0) {
                continue;
            }
            if (match.q > bestQ || (match.q == bestQ && spec > bestSpec)) {
                best = f;
                bestQ = match.q;
                bestSpec = spec;
            }
        }
        return Optional.ofNullable(best);
    }

    /** True if {@code accept} is absent or names at least one media range; else it is best ignored. */
    public static boolean readable(String accept) {
        return accept == null || !parse(accept).isEmpty();
    }

    /** A token of RFC 9110 (section 5.6.2): one or more of its visible characters. */
    private static final Pattern TOKEN = Pattern.compile("[!#$%&'*+.^_`|~0-9a-zA-Z-]+");

    private static List<Range> parse(String accept) {
        List<Range> out = new ArrayList<>();
        for (String part : accept.split(",")) {
            if (out.size() == MAX_RANGES) {
                break;
            }
            String[] bits = part.split(";", -1);
            String type = bits[0].strip().toLowerCase(Locale.ROOT);
            int slash = type.indexOf('/');
            // RFC 9110: a type and a subtype, each a token; anything else is malformed and skipped.
            if (slash <= 0
                    || !TOKEN.matcher(type.substring(0, slash)).matches()
                    || !TOKEN.matcher(type.substring(slash + 1)).matches()) {
                continue;
            }
            out.add(new Range(type.substring(0, slash), type.substring(slash + 1), quality(bits)));
        }
        return out;
    }

    /**
     * A quality value as RFC 9110 writes it (0 to 1, at most three decimals); anything else is ignored, as if no
     * quality were given, so a malformed header gets the server's default rather than a refusal.
     */
    private static double quality(String q) {
        if (!Q.matcher(q.strip()).matches()) {
            return 1;
        }
        return Double.parseDouble(q.strip());
    }

    private static double quality(String[] params) {
        for (int i = 1; i < params.length; i++) {
            String p = params[i].strip();
            if (p.startsWith("q=")) {
                return quality(p.substring(2));
            }
        }
        return 1;
    }
}
