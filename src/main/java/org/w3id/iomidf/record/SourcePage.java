package org.w3id.iomidf.record;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * Where a page came from: its path on this machine as the user gave it (for reading it again and for problem
 * reports), its name as published (the path relative to the input argument it was found under, {@code /}
 * between folders; a file given directly: its file name), the SHA-256 of its bytes (lower-case hex), when it
 * was read, its web address when known (from the saved page, a sources manifest or the web archive; else null),
 * the web-archive capture it was read from (null for a file) and the addresses of its other language versions as
 * the page itself links them ({@code <link rel="alternate" hreflang>}, the language switch), sorted.
 */
public record SourcePage(
        String path,
        String name,
        String sha256,
        Instant readAt,
        String url,
        WebCapture capture,
        List<String> alternates) {

    /** A page with no capture and no language versions known. */
    public SourcePage(String path, String name, String sha256, Instant readAt, String url) {
        this(path, name, sha256, readAt, url, null, List.of());
    }

    /** Named by its path, with no known web address. */
    public SourcePage(String path, String sha256, Instant readAt) {
        this(path, path, sha256, readAt, null);
    }

    /** The same page at the web address {@code url}. */
    public SourcePage at(String url) {
        return new SourcePage(path, name, sha256, readAt, url, capture, alternates);
    }

    /** The same page, read from the web-archive capture {@code from}. */
    public SourcePage captured(WebCapture from) {
        return new SourcePage(path, name, sha256, readAt, url, from, alternates);
    }

    /** The same page with the addresses of its language versions. */
    public SourcePage withAlternates(List<String> addresses) {
        return new SourcePage(path, name, sha256, readAt, url, capture, addresses);
    }

    public SourcePage {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(sha256, "sha256");
        Objects.requireNonNull(readAt, "readAt");
        alternates = List.copyOf(alternates);
        if (!sha256.matches("[0-9a-f]{64}")) {
            throw new IllegalArgumentException("not a SHA-256 hex digest: " + sha256);
        }
    }
}
