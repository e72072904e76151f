package org.w3id.iomidf.release;

import java.util.Objects;

/**
 * One download of a release: its file name in {@code dumps/}, the media type of its content, its size and the
 * SHA-256 (lower-case hex) of its checksum file; written by the build, listed by {@link LiveRelease#dumpFiles()}.
 *
 * @param sha256 null when the file has no checksum file beside it (a file the build did not write)
 */
public record DumpFile(String name, String mediaType, long bytes, String sha256) {
    public DumpFile {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(mediaType, "mediaType");
        if (sha256 != null && !sha256.matches("[0-9a-f]{64}")) {
            throw new IllegalArgumentException("not a SHA-256 hex digest: " + sha256);
        }
    }
}
