package org.w3id.iomidf.record;

import java.time.Instant;
import java.util.Objects;

/**
 * Where a page came from: its path on this machine as the user gave it (for reading it again and for problem
 * reports), its name as published (the path relative to the input argument it was found under, {@code /}
 * between folders; a file given directly: its file name), the SHA-256 of its bytes (lower-case hex), when it
 * was read, and its web address when known (from the saved page or a sources manifest; else null).
 */
public record SourcePage(String path, String name, String sha256, Instant readAt, String url) {

    /** Named by its path, with no known web address. */
    public SourcePage(String path, String sha256, Instant readAt) {
        this(path, path, sha256, readAt, null);
    }

    /** The same page at the web address {@code url}. */
    public SourcePage at(String url) {
        return new SourcePage(path, name, sha256, readAt, url);
    }

    public SourcePage {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(sha256, "sha256");
        Objects.requireNonNull(readAt, "readAt");
        if (!sha256.matches("[0-9a-f]{64}")) {
            throw new IllegalArgumentException("not a SHA-256 hex digest: " + sha256);
        }
    }
}
