package org.w3id.iomidf.source;

import java.nio.file.Path;
import java.time.Instant;
import java.util.Objects;

/**
 * One page in a web archive, as the build reads it: the address, and where its bytes are (the WARC file and the
 * offset of the response record holding them), with that response's record ID and date. For an address captured
 * again unchanged (a revisit record), the response is the earlier capture the revisit refers to.
 */
public record ArchivedPage(String url, Path warc, long offset, String recordId, Instant capturedAt) {
    public ArchivedPage {
        Objects.requireNonNull(url, "url");
        Objects.requireNonNull(warc, "warc");
        Objects.requireNonNull(recordId, "recordId");
        Objects.requireNonNull(capturedAt, "capturedAt");
    }

    /** How problems name the page: the archive file and the address. */
    public String path() {
        return warc + "#" + url;
    }
}
