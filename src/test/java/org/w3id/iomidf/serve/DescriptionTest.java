package org.w3id.iomidf.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringReader;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.jena.graph.Graph;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.shacl.validation.ReportEntry;
import org.apache.jena.vocabulary.DCAT;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.VOID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.w3id.iomidf.fixture.ServerExtension;
import org.w3id.iomidf.fixture.Standards;
import org.w3id.iomidf.map.IriMinter;

/**
 * The dataset description as a client reads it at {@code /.well-known/void} after a second release: one
 * description, made by the build, with both releases as DCAT 3 versions, meeting the DCAT-AP 3.0.1 shapes of
 * {@code src/test/resources/standards/} (mandatory and recommended) with Jena's SHACL.
 */
class DescriptionTest {

    /** Two releases, so that the description holds the first as an earlier version of the second. */
    @RegisterExtension
    static final ServerExtension served = ServerExtension.of(out -> {
        SampleSite.build(out, List.of(SampleSite.firstPages(out.resolve("first-pages"), 8)));
        SampleSite.build(out, List.of(SampleSite.SAMPLE.resolve("pages")));
        return out;
    });

    static Path out;

    static LinkedDataServer server;
    static Http http;
    static Model description;

    @BeforeAll
    static void buildAndServe() {
        out = served.folder();
        server = served.server();
        http = new Http(server.port());
        HttpResponse<String> r = http.get("/.well-known/void", "Accept", "text/turtle");
        assertEquals(200, r.statusCode(), r::body);
        description = ModelFactory.createDefaultModel();
        RDFParser.create().source(new StringReader(r.body())).lang(Lang.TURTLE).parse(description);
    }

    @Test
    void meetsTheMandatoryDcatApShapes() {
        assertConforms("dcat-ap-3.0.1-shapes.ttl");
    }

    @Test
    void meetsTheRecommendedDcatApShapes() {
        assertConforms("dcat-ap-3.0.1-recommended.ttl");
    }

    /** One catalogue, one dataset with one triple count per graph, one distribution per file served. */
    @Test
    void saysEachFactOnce() throws IOException {
        IriMinter iris = new IriMinter(IriMinter.DEFAULT_BASE);
        assertEquals(
                1,
                description
                        .listSubjectsWithProperty(RDF.type, DCAT.Catalog)
                        .toList()
                        .size());
        Resource dataset = description.createResource(iris.dataset());
        assertEquals(
                1,
                description
                        .listObjectsOfProperty(dataset, VOID.triples)
                        .toList()
                        .size());
        Resource pages = description.createResource(iris.pageGraphs());
        assertEquals(
                1,
                description.listObjectsOfProperty(pages, VOID.triples).toList().size());
        Set<String> downloads = new TreeSet<>();
        for (RDFNode d :
                description.listObjectsOfProperty(dataset, DCAT.distribution).toList()) {
            List<RDFNode> urls = description
                    .listObjectsOfProperty(d.asResource(), DCAT.downloadURL)
                    .toList();
            assertEquals(1, urls.size(), d::toString);
            assertEquals(
                    1,
                    description
                            .listObjectsOfProperty(d.asResource(), DCAT.mediaType)
                            .toList()
                            .size());
            downloads.add(urls.get(0).toString().replace(IriMinter.DEFAULT_BASE + "dumps/", ""));
        }
        Set<String> files;
        try (Stream<Path> list = Files.list(served.folder().resolve("dumps"))) {
            files = list.map(p -> p.getFileName().toString())
                    .filter(n -> !n.endsWith(".sha256") && !n.equals("void.ttl"))
                    .collect(Collectors.toCollection(TreeSet::new));
        }
        assertEquals(files, downloads);
        List<RDFNode> endpoints =
                description.listObjectsOfProperty(dataset, VOID.sparqlEndpoint).toList();
        assertTrue(
                endpoints.stream().anyMatch(e -> e.toString().equals("http://localhost:" + server.port() + "/sparql")),
                endpoints::toString);
    }

    /** Both releases are versions of the dataset, the live one current and following the first. */
    @Test
    void namesBothReleasesAsVersions() throws IOException {
        IriMinter iris = new IriMinter(IriMinter.DEFAULT_BASE);
        List<String> ids;
        try (Stream<Path> list = Files.list(out.resolve("releases"))) {
            ids = list.map(p -> p.getFileName().toString()).sorted().toList();
        }
        assertEquals(2, ids.size(), ids::toString);
        Resource dataset = description.createResource(iris.dataset());
        String dcat = "http://www.w3.org/ns/dcat#";
        assertEquals(
                Set.of(iris.release(ids.get(0)), iris.release(ids.get(1))),
                description
                        .listObjectsOfProperty(dataset, description.createProperty(dcat, "hasVersion"))
                        .mapWith(RDFNode::toString)
                        .toSet());
        Resource current = dataset.getPropertyResourceValue(description.createProperty(dcat, "hasCurrentVersion"));
        assertEquals(iris.release(server.release().id()), current.getURI());
        assertEquals(ids.get(1), server.release().id());
        assertEquals(
                iris.release(ids.get(0)),
                current.getPropertyResourceValue(description.createProperty(dcat, "previousVersion"))
                        .getURI());
        assertEquals(dataset, current.getPropertyResourceValue(description.createProperty(dcat, "isVersionOf")));
        assertEquals(
                "2",
                current.getProperty(description.createProperty(dcat, "version")).getString());
        assertTrue(current.hasProperty(description.createProperty("http://www.w3.org/ns/adms#", "versionNotes")));
    }

    private static void assertConforms(String shapesFile) {
        Graph shapes = RDFParser.source(Standards.file(shapesFile)).toGraph();
        ValidationReport report = ShaclValidator.get().validate(Shapes.parse(shapes), description.getGraph());
        String results = report.getEntries().stream()
                .map(DescriptionTest::shown)
                .sorted()
                .collect(Collectors.joining("\n"));
        assertEquals(0, report.getEntries().size(), () -> shapesFile + ":\n" + results);
    }

    private static String shown(ReportEntry e) {
        return e.severity().level().getLocalName() + " " + e.focusNode() + " " + e.resultPath() + ": " + e.message();
    }
}
