package org.w3id.iomidf.harvest;

import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One HTTP request and what came back, as the archive records it: the headers sent, the status, the response
 * headers in the order received, the body as it arrived (cut at the size bound when {@code truncated}) and,
 * once written, the ID of the record that holds it (null before).
 */
record Exchange(
        URI uri,
        Map<String, String> sent,
        Instant date,
        String ip,
        int status,
        List<Map.Entry<String, String>> headers,
        byte[] body,
        boolean truncated,
        URI recordId) {

    Exchange {
        Objects.requireNonNull(uri, "uri");
        Objects.requireNonNull(date, "date");
        sent = Map.copyOf(sent);
        headers = List.copyOf(headers);
        Objects.requireNonNull(body, "body");
    }

    /** The same exchange, once the archive has recorded it under {@code id}. */
    Exchange recorded(URI id) {
        return new Exchange(uri, sent, date, ip, status, headers, body, truncated, id);
    }

    /** The first value of a response header, compared without case; null when absent. */
    String header(String name) {
        for (Map.Entry<String, String> h : headers) {
            if (h.getKey().equalsIgnoreCase(name)) {
                return h.getValue();
            }
        }
        return null;
    }

    /** The media type without parameters, lower-case; empty when the server named none. */
    String mediaType() {
        String type = header("Content-Type");
        if (type == null) {
            return "";
        }
        int semi = type.indexOf(';');
        return (semi < 0 ? type : type.substring(0, semi)).strip().toLowerCase(java.util.Locale.ROOT);
    }

    boolean html() {
        String type = mediaType();
        return type.equals("text/html") || type.equals("application/xhtml+xml");
    }

    boolean redirect() {
        return (status == 301 || status == 302 || status == 303 || status == 307 || status == 308)
                && header("Location") != null;
    }
}
