package org.w3id.iomidf.serve.sparql;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.List;
import java.util.Locale;
import org.w3id.iomidf.serve.http.Reply;

/**
 * Which endpoints a query's {@code SERVICE} may call, and how much of them. The endpoint is public, so a call
 * to anywhere else would be a request made for a stranger (to the machine's own ports, to a private network,
 * to a cloud's metadata address); only the operator's list is ever called, as the Wikidata Query Service does.
 *
 * @param endpoints      the endpoints a SERVICE may name, each compared as written (http or https, no user
 *                       information, no fragment)
 * @param maxCalls       the most SERVICE calls one query may make, whatever the number of rows that ask
 * @param maxAnswerBytes the largest answer read from one call; a larger one fails the call
 */
public record Federation(List<String> endpoints, int maxCalls, long maxAnswerBytes) {

    /** The Wikidata Query Service, which an example query joins with. */
    public static final String WIKIDATA = "https://query.wikidata.org/sparql";
    /** Default calls per query: a join with a handful of remote lookups, not a crawl. */
    public static final int DEFAULT_MAX_CALLS = 10;
    /** Default answer read from one call: 16 MB. */
    public static final long DEFAULT_MAX_ANSWER_BYTES = 16L * 1024 * 1024;

    /** Wikidata only, with the default bounds. */
    public static final Federation DEFAULT =
            new Federation(List.of(WIKIDATA), DEFAULT_MAX_CALLS, DEFAULT_MAX_ANSWER_BYTES);

    public Federation {
        endpoints = List.copyOf(endpoints);
        for (String e : endpoints) {
            String wrong = malformed(e);
            if (wrong != null) {
                throw new IllegalArgumentException("cannot federate with " + e + ": " + wrong);
            }
        }
        if (maxCalls < 0 || maxAnswerBytes <= 0) {
            throw new IllegalArgumentException("SERVICE bounds must be positive");
        }
    }

    /** With the default bounds. */
    public static Federation with(List<String> endpoints) {
        return new Federation(endpoints, DEFAULT_MAX_CALLS, DEFAULT_MAX_ANSWER_BYTES);
    }

    /** True if a SERVICE may call {@code iri}: it is one of the endpoints, exactly. */
    boolean allows(String iri) {
        return endpoints.contains(iri);
    }

    /** The refusal for a SERVICE that is not on the list, naming the list. */
    String refusal(String iri) {
        String list = endpoints.isEmpty() ? "none (federation is off)" : String.join(", ", endpoints);
        return "SERVICE <" + Reply.printable(iri) + "> is not allowed: this endpoint calls only " + list;
    }

    private static String malformed(String endpoint) {
        URI u;
        try {
            u = new URI(endpoint);
        } catch (URISyntaxException e) {
            return e.getMessage();
        }
        String scheme = u.getScheme() == null ? "" : u.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https")) {
            return "only http and https endpoints";
        }
        if (u.getHost() == null || u.getRawUserInfo() != null || u.getRawFragment() != null) {
            return "an endpoint needs a host and no user information or fragment";
        }
        return null;
    }

    /**
     * Why a call may not go to {@code address}, or null if it may: loopback, unspecified, link-local, private,
     * shared, multicast and reserved addresses are never called, nor IPv6 forms that embed such an IPv4 address.
     */
    static String forbidden(InetAddress address) {
        if (address.isLoopbackAddress() || address.isAnyLocalAddress()) {
            return "a loopback or unspecified address";
        }
        if (address.isLinkLocalAddress() || address.isSiteLocalAddress() || address.isMulticastAddress()) {
            return "a link-local, private or multicast address";
        }
        byte[] b = address.getAddress();
        if (address instanceof Inet4Address) {
            return forbidden4(b[0] & 0xff, b[1] & 0xff, b[2] & 0xff);
        }
        if (address instanceof Inet6Address six) {
            int first = b[0] & 0xff;
            if ((first & 0xfe) == 0xfc) {
                return "a unique local IPv6 address";
            }
            if (six.isIPv4CompatibleAddress() || isPrefix(b, 0x00, 0x64, 0xff, 0x9b) || isPrefix(b, 0x20, 0x02)) {
                int at = isPrefix(b, 0x20, 0x02) ? 2 : 12;
                String inner = forbidden4(b[at] & 0xff, b[at + 1] & 0xff, b[at + 2] & 0xff);
                return inner == null ? null : "an IPv6 address embedding " + inner;
            }
        }
        return null;
    }

    private static boolean isPrefix(byte[] b, int... prefix) {
        for (int i = 0; i < prefix.length; i++) {
            if ((b[i] & 0xff) != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    private static String forbidden4(int a, int b, int c) {
        boolean reserved = a == 0
                || a == 10
                || a == 127
                || (a == 100 && (b & 0xc0) == 64)
                || (a == 169 && b == 254)
                || (a == 172 && (b & 0xf0) == 16)
                || (a == 192 && b == 168)
                || (a == 192 && b == 0 && (c == 0 || c == 2))
                || (a == 198 && (b & 0xfe) == 18)
                || (a == 198 && b == 51 && c == 100)
                || (a == 203 && b == 0 && c == 113)
                || a >= 224;
        return reserved ? "a private, shared or reserved IPv4 address" : null;
    }
}
