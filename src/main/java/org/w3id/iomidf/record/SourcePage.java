package org.w3id.iomidf.record;

import java.time.Instant;
import java.util.Objects;

/**
 * Where a page came from: its path as given by the user (relative where possible), the SHA-256 of its bytes
 * (lower-case hex) and when it was read. Used for provenance and for every problem report.
 */
public record SourcePage(String path, String sha256, Instant readAt) {
    public SourcePage {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(sha256, "sha256");
        Objects.requireNonNull(readAt, "readAt");
        if (!sha256.matches("[0-9a-f]{64}")) {
            throw new IllegalArgumentException("not a SHA-256 hex digest: " + sha256);
        }
    }
}
