package org.w3id.iomidf.serve.downloads;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/** The dump files of a release, with their media types and the checksums the build wrote beside them. */
final class Dumps {

    /** Media types by file name ending; gzipped dumps are served as gzip so clients do not unpack them silently. */
    private static final Map<String, String> TYPES = Map.of(
            ".ttl",
            "text/turtle;charset=utf-8",
            ".gz",
            "application/gzip",
            ".nt",
            "application/n-triples",
            ".jsonld",
            "application/ld+json",
            ".csv",
            "text/csv;charset=utf-8",
            ".sha256",
            "text/plain;charset=utf-8",
            ".rdf",
            "application/rdf+xml",
            ".json",
            "application/json",
            ".csv-metadata.json",
            "application/csvm+json");

    private final Path dir;

    Dumps(Path dir) {
        this.dir = dir;
    }

    /** A data file: its name, size and the SHA-256 its checksum file states (null if there is none). */
    record Dump(String name, long size, String sha256, String mediaType) {}

    List<Dump> list() {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(Files::isRegularFile)
                    .map(p -> p.getFileName().toString())
                    .filter(n -> !n.endsWith(".sha256"))
                    .sorted()
                    .map(this::dump)
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + dir, e);
        }
    }

    /** The file for a request path inside the dumps folder, or null if there is no such file. */
    Path file(String name) {
        if (name.isEmpty() || name.contains("/") || name.startsWith(".")) {
            return null;
        }
        Path p = dir.resolve(name);
        return Files.isRegularFile(p) ? p : null;
    }

    static String mediaType(String name) {
        return TYPES.entrySet().stream()
                .filter(e -> name.endsWith(e.getKey()))
                .max((a, b) -> Integer.compare(a.getKey().length(), b.getKey().length()))
                .map(Map.Entry::getValue)
                .orElse("application/octet-stream");
    }

    private Dump dump(String name) {
        Path p = dir.resolve(name);
        try {
            Path sum = dir.resolve(name + ".sha256");
            String sha = Files.isRegularFile(sum)
                    ? Files.readString(sum, StandardCharsets.UTF_8).strip().split("\\s+")[0]
                    : null;
            return new Dump(name, Files.size(p), sha, mediaType(name));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + p, e);
        }
    }
}
