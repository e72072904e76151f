package org.w3id.iomidf.map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.junit.jupiter.api.Test;

/** The constants of {@link IDF} and the terms of ontology/idf.ttl are the same set, every term documented. */
class IdfVocabularyTest {
    private static final List<Resource> KINDS = List.of(OWL.Class, OWL.ObjectProperty, OWL.DatatypeProperty);

    private final Model ontology = ModelFactory.createModelForGraph(GraphAssert.read("/ontology/idf.ttl"));

    @Test
    void everyConstantIsDeclaredWithTheRightKindAndDocumentedInEnglishAndFrench() throws IllegalAccessException {
        List<String> missing = new ArrayList<>();
        for (Resource term : constants()) {
            boolean declared = KINDS.stream().anyMatch(k -> ontology.contains(term, RDF.type, k));
            boolean rightKind = !(term instanceof Property) || !ontology.contains(term, RDF.type, OWL.Class);
            if (!declared || !rightKind) {
                missing.add(term.getURI() + " not declared as expected");
            }
            for (String lang : List.of("en", "fr")) {
                for (Property p : List.of(RDFS.label, RDFS.comment)) {
                    if (!hasText(term, p, lang)) {
                        missing.add(term.getURI() + " lacks " + p.getLocalName() + "@" + lang);
                    }
                }
            }
        }
        assertEquals(List.of(), missing);
    }

    @Test
    void everyDeclaredTermHasAConstant() throws IllegalAccessException {
        Set<String> constants = new TreeSet<>();
        for (Resource term : constants()) {
            constants.add(term.getURI());
        }
        Set<String> declared = new TreeSet<>();
        ontology.listSubjects()
                .filterKeep(s -> s.isURIResource() && s.getURI().startsWith(IDF.NS))
                .forEach(s -> declared.add(s.getURI()));
        assertEquals(declared, constants);
        assertTrue(declared.size() >= 30, "the ontology declares the core terms: " + declared.size());
    }

    @Test
    void theOntologyItselfIsDocumented() {
        Resource onto = ontology.getResource(IDF.ONTOLOGY);
        assertTrue(ontology.contains(onto, RDF.type, OWL.Ontology));
        assertTrue(hasText(onto, RDFS.label, "fr") && hasText(onto, RDFS.comment, "en"));
    }

    private boolean hasText(Resource term, Property p, String lang) {
        return ontology.listObjectsOfProperty(term, p).toList().stream()
                .filter(RDFNode::isLiteral)
                .anyMatch(o -> o.asLiteral().getLanguage().equals(lang)
                        && !o.asLiteral().getString().isBlank());
    }

    private static List<Resource> constants() throws IllegalAccessException {
        List<Resource> terms = new ArrayList<>();
        for (Field field : IDF.class.getFields()) {
            if (Modifier.isStatic(field.getModifiers()) && Resource.class.isAssignableFrom(field.getType())) {
                terms.add((Resource) field.get(null));
            }
        }
        return terms;
    }
}
