package org.w3id.iomidf.release;

import java.util.Arrays;
import java.util.Map;
import java.util.Optional;

/**
 * The files of a release's {@code dumps/} folder, part of the release format: each file's name and the media type
 * of its content, as the build writes them and the dataset description and the server name them. Every dump has a
 * {@code <name>.sha256} beside it ({@link Checksums}).
 */
public enum Dump {
    /** The published dataset (the default graph) as Turtle, one block per subject. */
    TURTLE("idf-ld.ttl", "text/turtle"),
    /** The published dataset as gzipped N-Triples. */
    NTRIPLES("idf-ld.nt.gz", "application/n-triples"),
    /** The published dataset as gzipped JSON-LD. */
    JSONLD("idf-ld.jsonld.gz", "application/ld+json"),
    /** What each page said (the page graphs) as gzipped TriG. */
    CLAIMS("idf-ld-pages.trig.gz", "application/trig"),
    /** One row per project. */
    CSV("idf-ld-projects.csv", "text/csv"),
    /** The CSV's W3C CSVW metadata, named as CSVW looks for it beside the table. */
    CSVW("idf-ld-projects.csv-metadata.json", "application/csvm+json"),
    /** The build's DCAT and VoID description of the dataset. */
    DESCRIPTION("void.ttl", "text/turtle");

    private final String fileName;
    private final String mediaType;

    Dump(String fileName, String mediaType) {
        this.fileName = fileName;
        this.mediaType = mediaType;
    }

    /** The file's name in {@code dumps/}. */
    public String fileName() {
        return fileName;
    }

    /** The media type of the content (of the uncompressed content, for a gzipped file). */
    public String mediaType() {
        return mediaType;
    }

    /** Whether the file is gzipped. */
    public boolean gzipped() {
        return fileName.endsWith(".gz");
    }

    /** The dump of that file name, if it is one. */
    public static Optional<Dump> named(String fileName) {
        return Arrays.stream(values()).filter(d -> d.fileName.equals(fileName)).findFirst();
    }

    /** Content types on the wire by file name ending; gzipped dumps go as gzip so clients do not unpack them. */
    private static final Map<String, String> SERVED = Map.of(
            ".ttl", "text/turtle;charset=utf-8",
            ".gz", "application/gzip",
            ".nt", "application/n-triples",
            ".jsonld", "application/ld+json",
            ".csv", "text/csv;charset=utf-8",
            ".sha256", "text/plain;charset=utf-8",
            ".rdf", "application/rdf+xml",
            ".json", "application/json",
            ".csv-metadata.json", "application/csvm+json");

    /** The {@code Content-Type} a file of the dumps folder is served with (the longest matching ending wins). */
    public static String servedType(String fileName) {
        return SERVED.entrySet().stream()
                .filter(e -> fileName.endsWith(e.getKey()))
                .max((a, b) -> Integer.compare(a.getKey().length(), b.getKey().length()))
                .map(Map.Entry::getValue)
                .orElse("application/octet-stream");
    }
}
