package org.w3id.iomidf.harvest;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.WarcReader;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcTruncationReason;

/**
 * What the archive already holds, for a harvest that comes back: the newest complete 2xx HTML capture of each
 * address that was a project page (PDFs, listings and pages of other kinds are fetched whole again),
 * with the validators its server sent (ETag, Last-Modified), for conditional requests, and its record ID and
 * payload digest, for the revisit records that point back to it.
 */
final class ArchiveHistory {

    /** The capture a revisit refers to. */
    record Capture(URI recordId, URI uri, Instant date, String etag, String lastModified, String payloadDigest) {}

    private final Map<String, Capture> newest;

    private ArchiveHistory(Map<String, Capture> newest) {
        this.newest = newest;
    }

    static ArchiveHistory empty() {
        return new ArchiveHistory(Map.of());
    }

    /** Reads every WARC file in {@code folder} (none when it does not exist yet). */
    static ArchiveHistory read(Path folder) throws IOException {
        Map<String, Capture> newest = new HashMap<>();
        java.util.Set<String> notPages = new java.util.HashSet<>();
        if (!Files.isDirectory(folder)) {
            return new ArchiveHistory(newest);
        }
        List<Path> files;
        try (Stream<Path> list = Files.list(folder)) {
            files = list.filter(ArchiveHistory::isWarc).sorted().toList();
        }
        for (Path file : files) {
            try (WarcReader reader = new WarcReader(file)) {
                for (WarcRecord record : reader) {
                    if (record instanceof WarcResponse response
                            && response.truncated() == WarcTruncationReason.NOT_TRUNCATED) {
                        HttpResponse http = response.http();
                        String type = http.contentType().base().toString();
                        if (http.status() / 100 != 2 || !type.equals("text/html")) {
                            continue;
                        }
                        Capture c = new Capture(
                                response.id(),
                                response.targetURI(),
                                response.date(),
                                http.headers().first("ETag").orElse(null),
                                http.headers().first("Last-Modified").orElse(null),
                                response.payloadDigest().map(Object::toString).orElse(null));
                        newest.merge(response.target(), c, (a, b) -> b.date().isBefore(a.date()) ? a : b);
                    } else if (record instanceof org.netpreserve.jwarc.WarcMetadata m
                            && !m.fields()
                                    .first("idf-ld-kind")
                                    .orElse("project")
                                    .equals("project")) {
                        m.concurrentTo().forEach(id -> notPages.add(id.toString()));
                    }
                }
            }
        }
        newest.values().removeIf(c -> notPages.contains(c.recordId().toString()));
        return new ArchiveHistory(newest);
    }

    static boolean isWarc(Path p) {
        String n = p.getFileName().toString().toLowerCase(Locale.ROOT);
        return n.endsWith(".warc") || n.endsWith(".warc.gz");
    }

    /** The newest capture of {@code uri}, or null. */
    Capture of(URI uri) {
        return newest.get(uri.toString());
    }

    /** The headers that make the next request conditional on the page having changed since that capture. */
    static Map<String, String> conditions(Capture c) {
        if (c == null) {
            return Map.of();
        }
        Map<String, String> headers = new HashMap<>();
        if (c.etag() != null) {
            headers.put("If-None-Match", c.etag());
        }
        if (c.lastModified() != null) {
            headers.put("If-Modified-Since", c.lastModified());
        }
        return headers;
    }

    int size() {
        return newest.size();
    }
}
