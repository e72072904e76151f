package org.w3id.iomidf.source;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.vocabulary.SKOS;
import org.junit.jupiter.api.Test;
import org.w3id.iomidf.record.CodeScheme;
import org.w3id.iomidf.record.PageLanguage;

/** The one reader of the code lists: labels as pages write them, notations, and the lists as published. */
class CodeListsTest {
    private static final String BASE = "https://example.org/idf/";
    private final CodeLists lists = CodeLists.load();

    /** Every concept is named {@code {base}code/{scheme}/{notation}}, and the reader knows each notation. */
    @Test
    void everyConceptIsNamedByItsSchemeAndNotation() {
        Graph graph = lists.graph(BASE);
        for (CodeScheme scheme : CodeScheme.values()) {
            Set<String> named = new TreeSet<>();
            graph.find(Node.ANY, SKOS.inScheme.asNode(), NodeFactory.createURI(BASE + scheme.path()))
                    .mapWith(Triple::getSubject)
                    .forEach(c -> named.add(c.getURI()));
            Set<String> minted = new TreeSet<>();
            lists.codes(scheme).forEach(code -> minted.add(BASE + scheme.path() + "/" + code));
            assertEquals(named, minted, scheme.path());
        }
        assertEquals(17, lists.codes(CodeScheme.PROJECT_TYPE).size());
        assertEquals(3, lists.codes(CodeScheme.COUNTRY_GROUP).size());
    }

    /** Typographic quotes, accents, case and spacing do not change which concept a label names. */
    @Test
    void labelsAreMatchedWhateverTheirTypography() {
        for (String written : List.of(
                "Migration de main-d’œuvre",
                "Migration de main-d‘œuvre",
                "migration de main-d'oeuvre",
                "  MIGRATION  DE MAIN-D'ŒUVRE ")) {
            assertEquals(Optional.of("LM"), lists.notation(CodeScheme.PROJECT_TYPE, written), written);
        }
        assertEquals(Optional.empty(), lists.notation(CodeScheme.PROJECT_TYPE, "Migration of labour force"));
    }

    @Test
    void preferredLabelComesFirst() {
        List<String> fr = lists.labels(CodeScheme.STATUS, "active", PageLanguage.FR);
        assertTrue(!fr.isEmpty());
        assertEquals(Optional.of(fr.get(0)), lists.label(CodeScheme.STATUS, "active", PageLanguage.FR));
        assertEquals(List.of(), lists.labels(CodeScheme.STATUS, "no-such-code", PageLanguage.EN));
    }
}
