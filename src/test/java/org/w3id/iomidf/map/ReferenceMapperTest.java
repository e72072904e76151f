package org.w3id.iomidf.map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.system.StreamRDFLib;
import org.apache.jena.sparql.graph.GraphFactory;
import org.junit.jupiter.api.Test;
import org.w3id.iomidf.country.Country;
import org.w3id.iomidf.country.M49Region;
import org.w3id.iomidf.country.M49Region.Level;
import org.w3id.iomidf.record.PageLanguage;
import org.w3id.iomidf.source.CodeLists;

/** Countries and regions built by hand, compared with src/test/resources/map/{case}.ttl. */
class ReferenceMapperTest {
    private final IriMinter iris = new IriMinter(IriMinter.DEFAULT_BASE);
    private final ReferenceMapper mapper = new ReferenceMapper(iris, CodeLists.load());

    @Test
    void mongoliaWithAllCodesAndLinks() {
        Country mongolia = new Country(
                "MN",
                "MNG",
                "496",
                Map.of(PageLanguage.EN, "Mongolia", PageLanguage.FR, "Mongolie", PageLanguage.ES, "Mongolia"),
                Map.of(PageLanguage.EN, "Mongolia", PageLanguage.FR, "la Mongolie", PageLanguage.ES, "Mongolia"),
                "142",
                "030",
                null,
                false,
                true,
                false,
                "2029969",
                "Q711");
        Graph graph = GraphFactory.createDefaultGraph();
        mapper.mapCountries(List.of(mongolia), StreamRDFLib.graph(graph));
        GraphAssert.assertIsomorphic("/map/mongolia.ttl", graph);
    }

    @Test
    void numericCodeIsZeroPaddedAndSdgCodeIsNot() {
        Country afghanistan = new Country(
                "AF",
                "AFG",
                "004",
                Map.of(PageLanguage.EN, "Afghanistan"),
                Map.of(),
                "142",
                "034",
                null,
                true,
                true,
                false,
                null,
                null);
        Graph graph = GraphFactory.createDefaultGraph();
        mapper.mapCountries(List.of(afghanistan), StreamRDFLib.graph(graph));
        Node afg = Emitter.iri(iris.country("AFG"));
        assertEquals(
                "004",
                graph.find(afg, IDF.numeric.asNode(), Node.ANY)
                        .next()
                        .getObject()
                        .getLiteralLexicalForm());
        assertTrue(graph.contains(
                afg,
                Emitter.iri("http://www.w3.org/2004/02/skos/core#exactMatch"),
                Emitter.iri("http://metadata.un.org/sdg/codes/geoArea/004")));
        assertEquals(
                2, graph.find(afg, IDF.countryGroup.asNode(), Node.ANY).toList().size());
    }

    @Test
    void regionHierarchy() {
        List<M49Region> regions = List.of(
                region(
                        "014",
                        Level.INTERMEDIATE_REGION,
                        "Eastern Africa",
                        "Afrique orientale",
                        "África oriental",
                        "202"),
                region("001", Level.WORLD, "World", "Monde", "Mundo", null),
                region("002", Level.REGION, "Africa", "Afrique", "África", "001"),
                region(
                        "202",
                        Level.SUB_REGION,
                        "Sub-Saharan Africa",
                        "Afrique subsaharienne",
                        "África subsahariana",
                        "002"));
        Graph graph = GraphFactory.createDefaultGraph();
        mapper.mapRegions(regions, StreamRDFLib.graph(graph));
        GraphAssert.assertIsomorphic("/map/regions.ttl", graph);
    }

    @Test
    void codeListsAreEmittedUnderTheBase() {
        IriMinter other = new IriMinter("http://example.org/data/");
        Graph graph = GraphFactory.createDefaultGraph();
        new ReferenceMapper(other, CodeLists.load()).mapCodeLists(StreamRDFLib.graph(graph));
        List<Triple> concepts = graph.find(
                        Node.ANY, Emitter.iri("http://www.w3.org/2004/02/skos/core#notation"), Node.ANY)
                .toList();
        assertEquals(17 + 2 + 4 + 5 + 3, concepts.size());
        concepts.forEach(
                t -> assertTrue(t.getSubject().getURI().startsWith("http://example.org/data/code/"), t.toString()));
    }

    private static M49Region region(String m49, Level level, String en, String fr, String es, String parent) {
        return new M49Region(m49, level, Map.of(PageLanguage.EN, en, PageLanguage.FR, fr, PageLanguage.ES, es), parent);
    }
}
