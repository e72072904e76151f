package org.w3id.iomidf.map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.junit.jupiter.api.Test;

class CodeListsTest {
    private final IriMinter iris = new IriMinter(IriMinter.DEFAULT_BASE);
    private final CodeLists lists = CodeLists.load(iris);

    @Test
    void everyConceptIsNamedByItsSchemeAndNotation() {
        for (CodeScheme scheme : CodeScheme.values()) {
            Map<String, String> concepts = lists.concepts(scheme);
            assertTrue(!concepts.isEmpty(), "scheme has concepts: " + scheme);
            concepts.forEach((notation, iri) -> assertEquals(iris.concept(scheme, notation), iri));
        }
        assertEquals(17, lists.concepts(CodeScheme.PROJECT_TYPE).size());
        assertEquals(3, lists.concepts(CodeScheme.COUNTRY_GROUP).size());
    }
}
