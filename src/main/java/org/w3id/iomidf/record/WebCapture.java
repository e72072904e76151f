package org.w3id.iomidf.record;

import java.time.Instant;
import java.util.Objects;

/**
 * The web-archive capture a page was read from: the WARC-Record-ID of the response that holds its bytes (a URI,
 * usually {@code urn:uuid:...}) and that response's WARC-Date, when the page was fetched.
 */
public record WebCapture(String recordId, Instant capturedAt) {
    public WebCapture {
        Objects.requireNonNull(recordId, "recordId");
        Objects.requireNonNull(capturedAt, "capturedAt");
        if (!recordId.matches("[A-Za-z][A-Za-z0-9+.-]*:\\S+")) {
            throw new IllegalArgumentException("a WARC record ID is an absolute URI: " + recordId);
        }
    }
}
