package org.w3id.iomidf.source;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.apache.jena.rdf.model.Literal;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.vocabulary.SKOS;

/**
 * The controlled values a page may hold (project types, statuses, coverage, IDF regions), read from the
 * SKOS code lists in {@code /ontology/codelists.ttl}: a value is recognised by any of a concept's pref, alt or
 * hidden labels, ignoring case, accents, apostrophe style and spacing, and yields the concept's notation.
 */
final class CodeLists {
    static final String TYPE = "project-type";
    static final String STATUS = "status";
    static final String COVERAGE = "coverage";
    static final String REGION = "idf-region";

    private static final String RESOURCE = "/ontology/codelists.ttl";
    /** Any base will do: only the last two path segments of concept IRIs are used. */
    private static final String BASE = "https://w3id.org/iom-idf/";

    private final Map<String, Map<String, String>> notations;

    private CodeLists(Map<String, Map<String, String>> notations) {
        this.notations = notations;
    }

    static CodeLists load() {
        Model model = ModelFactory.createDefaultModel();
        try (InputStream in = CodeLists.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("code lists not on the classpath: " + RESOURCE);
            }
            RDFParser.source(in).lang(Lang.TURTLE).base(BASE).parse(model);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
        }
        Map<String, Map<String, String>> notations = new HashMap<>();
        model.listSubjectsWithProperty(SKOS.notation).forEach(concept -> {
            Resource scheme = concept.getPropertyResourceValue(SKOS.inScheme);
            if (scheme != null && scheme.isURIResource()) {
                String name = scheme.getURI().substring(scheme.getURI().lastIndexOf('/') + 1);
                String notation = concept.getProperty(SKOS.notation).getString();
                Map<String, String> byLabel = notations.computeIfAbsent(name, k -> new HashMap<>());
                byLabel.put(Text.key(notation), notation);
                for (Property p : new Property[] {SKOS.prefLabel, SKOS.altLabel, SKOS.hiddenLabel}) {
                    concept.listProperties(p)
                            .mapWith(Statement::getLiteral)
                            .mapWith(Literal::getLexicalForm)
                            .forEach(label -> byLabel.put(Text.key(label), notation));
                }
            }
        });
        return new CodeLists(Map.copyOf(notations));
    }

    /** The notation of the concept of {@code scheme} that has {@code value} as a label. */
    Optional<String> notation(String scheme, String value) {
        if (value == null) {
            return Optional.empty();
        }
        return Optional.ofNullable(notations.getOrDefault(scheme, Map.of()).get(Text.key(value)));
    }

    boolean isCode(String scheme, String notation) {
        return notations.getOrDefault(scheme, Map.of()).containsValue(notation);
    }
}
