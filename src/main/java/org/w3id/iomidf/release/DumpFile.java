package org.w3id.iomidf.release;

import java.util.Objects;

/**
 * One finished download: its file name in {@code dumps/}, media type IRI, size and SHA-256 (lower-case hex).
 */
public record DumpFile(String name, String mediaType, long bytes, String sha256) {
    public DumpFile {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(mediaType, "mediaType");
        if (!sha256.matches("[0-9a-f]{64}")) {
            throw new IllegalArgumentException("not a SHA-256 hex digest: " + sha256);
        }
    }
}
