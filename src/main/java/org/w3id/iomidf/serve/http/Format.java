package org.w3id.iomidf.serve.http;

import java.util.List;
import java.util.Optional;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFFormat;

/** The representations of a resource: the HTML page and four RDF syntaxes, each with its file extension. */
public enum Format {
    HTML("text/html", "html", "HTML", null),
    TURTLE("text/turtle", "ttl", "Turtle", RDFFormat.TURTLE_PRETTY),
    JSONLD("application/ld+json", "jsonld", "JSON-LD", RDFFormat.JSONLD11),
    NTRIPLES("application/n-triples", "nt", "N-Triples", RDFFormat.NTRIPLES_UTF8),
    RDFXML("application/rdf+xml", "rdf", "RDF/XML", RDFFormat.RDFXML_PRETTY);

    /** Server preference when the client accepts several equally: people first, then Turtle. */
    public static final List<Format> ALL = List.of(values());
    /** What RDF documents (VoID, Service Description) are offered in. */
    public static final List<Format> RDF = List.of(TURTLE, JSONLD, NTRIPLES, RDFXML);

    public final String mediaType;
    public final String extension;
    /** The format's usual name, as readers know it. */
    public final String label;

    final RDFFormat rdf;

    Format(String mediaType, String extension, String label, RDFFormat rdf) {
        this.mediaType = mediaType;
        this.extension = extension;
        this.label = label;
        this.rdf = rdf;
    }

    /** The usual name of the format of {@code mediaType} (parameters ignored); the type itself if unknown. */
    public static String label(String mediaType) {
        String type = mediaType.replaceAll(";.*", "").strip();
        return byMediaType(type)
                .map(f -> f.label)
                .orElse(
                        switch (type) {
                            case "application/gzip" -> "gzip";
                            case "application/trig" -> "TriG";
                            case "text/csv" -> "CSV";
                            case "application/csvm+json" -> "CSVW (JSON)";
                            default -> type;
                        });
    }

    public Lang lang() {
        return rdf.getLang();
    }

    public static Optional<Format> byExtension(String ext) {
        return ALL.stream().filter(f -> f.extension.equals(ext)).findFirst();
    }

    static Optional<Format> byMediaType(String type) {
        return ALL.stream().filter(f -> f.mediaType.equals(type)).findFirst();
    }

    /** The {@code Content-Type} header value. */
    String contentType() {
        return this == NTRIPLES ? mediaType : mediaType + ";charset=utf-8";
    }
}
