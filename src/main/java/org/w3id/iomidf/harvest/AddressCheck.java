package org.w3id.iomidf.harvest;

import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.Locale;

/**
 * Decides before each request (the first and every redirect) whether an address may be fetched: http(s) only, no
 * user name in it, and a host that resolves to public addresses only. A harvest run on a publisher's machine must
 * not become a way into that machine's network, so loopback, private and unique-local addresses need
 * {@code --allow-private}, and link-local ones (169.254.0.0/16 and fe80::/10, where cloud metadata services
 * answer) are never fetched.
 */
final class AddressCheck {
    private final boolean allowPrivate;

    AddressCheck(boolean allowPrivate) {
        this.allowPrivate = allowPrivate;
    }

    /** Why {@code uri} may not be fetched, or null when it may. */
    String refusal(URI uri) {
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https")) {
            return "not http(s)";
        }
        if (uri.getHost() == null || uri.getRawUserInfo() != null) {
            return "no host, or a user name in the address";
        }
        InetAddress[] addresses;
        try {
            addresses = InetAddress.getAllByName(uri.getHost());
        } catch (UnknownHostException e) {
            return "unknown host " + uri.getHost();
        }
        for (InetAddress a : addresses) {
            if (a.isLinkLocalAddress() || a.isMulticastAddress() || a.isAnyLocalAddress()) {
                return "a link-local, multicast or unspecified address: " + a.getHostAddress();
            }
            if (!allowPrivate && (a.isLoopbackAddress() || a.isSiteLocalAddress() || uniqueLocal(a))) {
                return "a loopback or private address (--allow-private): " + a.getHostAddress();
            }
        }
        return null;
    }

    /** Whether every address {@code host} names is a loopback one (a test site: no contact needed). */
    static boolean loopback(String host) {
        try {
            for (InetAddress a : InetAddress.getAllByName(host)) {
                if (!a.isLoopbackAddress()) {
                    return false;
                }
            }
            return true;
        } catch (UnknownHostException e) {
            return false;
        }
    }

    private static boolean uniqueLocal(InetAddress a) {
        return a instanceof Inet6Address && (a.getAddress()[0] & 0xfe) == 0xfc;
    }
}
