package org.w3id.iomidf.harvest;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.vocabulary.RDF;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.w3id.iomidf.build.Build;
import org.w3id.iomidf.build.BuildOptions;
import org.w3id.iomidf.build.BuildSummary;
import org.w3id.iomidf.generate.SiteGenerator;
import org.w3id.iomidf.map.IDF;
import org.w3id.iomidf.map.IriMinter;
import org.w3id.iomidf.map.PROV;

/** The build reads the harvest's archive: the same data as from the same pages saved as files, with addresses. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ArchiveBuildTest {
    /** schema:url as the ontology and the {@code schema} prefix name it. */
    private static final Property WEB_ADDRESS = ResourceFactory.createProperty("http://schema.org/url");

    private static final List<String> DUMPS =
            List.of("idf-ld.ttl", "idf-ld.nt.gz", "idf-ld.jsonld.gz", "idf-ld-pages.trig.gz", "idf-ld-projects.csv");

    private final HarvestedSite h = HarvestedSite.get();

    @TempDir
    static Path out;

    private BuildSummary fromArchive;
    private BuildSummary again;
    private BuildSummary fromFiles;

    @BeforeAll
    void build() throws Exception {
        fromArchive = new Build(options(List.of(h.archive), out.resolve("a"), "2026-12-01T10:00:00Z", Map.of())).run();
        again = new Build(options(List.of(h.archive), out.resolve("b"), "2026-12-02T10:00:00Z", Map.of())).run();
        fromFiles = new Build(
                        options(List.of(h.site.dir()), out.resolve("f"), "2026-12-01T10:00:00Z", sources(h.site.dir())))
                .run();
    }

    @Test
    void everyProjectIsPublishedOnceAndNoArchivedPageIsQuarantined() {
        assertEquals(h.pages(), fromArchive.pagesRead(), fromArchive.console().toString());
        assertEquals(0, fromArchive.quarantined(), fromArchive.reasons().toString());
        assertEquals(
                h.site.projects(),
                fromArchive.published(),
                fromArchive.console().toString());
    }

    @Test
    void theSameArchiveGivesByteIdenticalDumps() throws IOException {
        for (String name : DUMPS) {
            assertArrayEquals(
                    Files.readAllBytes(fromArchive.release().resolve("dumps").resolve(name)),
                    Files.readAllBytes(again.release().resolve("dumps").resolve(name)),
                    name);
        }
    }

    @Test
    void theArchiveGivesWhatThePagesAsFilesGiveWithTheirAddresses() {
        Model archive = projectsAndPages(fromArchive);
        Model files = projectsAndPages(fromFiles);
        Set<String> onlyArchive = difference(archive, files);
        Set<String> onlyFiles = difference(files, archive);
        assertEquals(Set.of(), onlyArchive, "only in the build from the archive; only from files: " + onlyFiles);
        assertEquals(Set.of(), onlyFiles);
        assertEquals(
                h.site.projects(),
                archive.listSubjectsWithProperty(RDF.type, IDF.Project).toList().size());
    }

    @Test
    void eachPageCarriesItsAddressCaptureTimeAndRecordId() {
        Model m = dump(fromArchive);
        List<Resource> pages =
                m.listSubjectsWithProperty(RDF.type, IDF.SourcePage).toList();
        assertEquals(h.pages(), pages.size());
        for (Resource page : pages) {
            String url = page.getRequiredProperty(WEB_ADDRESS).getResource().getURI();
            assertTrue(url.startsWith(h.server.base() + "/"), url);
            String captured =
                    page.getRequiredProperty(IDF.capturedAt).getLiteral().getLexicalForm();
            Instant at = Instant.parse(captured);
            assertTrue(at.isAfter(Instant.parse("2026-01-01T00:00:00Z")), captured);
            String id = page.getRequiredProperty(IDF.warcRecordId).getLiteral().getLexicalForm();
            assertTrue(id.matches("urn:uuid:[0-9a-f-]{36}"), id);
        }
    }

    /** Project 4 of the site is in three languages and no page of it carries an identifier. */
    @Test
    void languageVersionsWithoutIdentifiersAreOneProject() {
        Model m = dump(fromArchive);
        String base = h.server.base();
        String en =
                h.site.en().stream().filter(p -> p.endsWith("-4")).findFirst().orElseThrow();
        Set<String> expected = Set.of(base + en, base + "/fr/node/1004", base + "/es/node/1004");
        Resource project = null;
        for (Resource p : m.listSubjectsWithProperty(RDF.type, IDF.Project).toList()) {
            if (urls(m, p).contains(base + en)) {
                project = p;
            }
        }
        assertNotNull(project, "a project derived from " + en);
        assertEquals(expected, urls(m, project));
        assertTrue(!project.hasProperty(IDF.primaId) && !project.hasProperty(IDF.projectId), project.toString());
    }

    private static Set<String> urls(Model m, Resource project) {
        return m.listObjectsOfProperty(project, PROV.wasDerivedFrom).toList().stream()
                .map(RDFNode::asResource)
                .map(page -> page.getRequiredProperty(WEB_ADDRESS).getResource().getURI())
                .collect(Collectors.toCollection(TreeSet::new));
    }

    /** The projects and pages of a build's default graph, without what only says which file a page came from. */
    private static Model projectsAndPages(BuildSummary build) {
        Model all = dump(build);
        Set<Property> where = Set.of(IDF.file, IDF.capturedAt, IDF.warcRecordId);
        Model kept = ModelFactory.createDefaultModel();
        for (Statement s : all.listStatements().toList()) {
            Resource subject = s.getSubject();
            if ((subject.hasProperty(RDF.type, IDF.Project) || subject.hasProperty(RDF.type, IDF.SourcePage))
                    && !where.contains(s.getPredicate())) {
                kept.add(s);
            }
        }
        return kept;
    }

    private static Set<String> difference(Model a, Model b) {
        return a.difference(b).listStatements().toList().stream()
                .map(Object::toString)
                .collect(Collectors.toCollection(TreeSet::new));
    }

    private static Model dump(BuildSummary build) {
        return RDFDataMgr.loadModel(build.release().resolve("dumps/idf-ld.ttl").toString());
    }

    private static BuildOptions options(List<Path> inputs, Path out, String at, Map<String, String> addresses) {
        return new BuildOptions(
                inputs,
                out,
                IriMinter.DEFAULT_BASE,
                false,
                Clock.fixed(Instant.parse(at), ZoneOffset.UTC),
                0,
                addresses);
    }

    /** The site's own list of its project page files and their addresses. */
    private static Map<String, String> sources(Path site) throws IOException {
        Map<String, String> out = new HashMap<>();
        List<String> lines = Files.readAllLines(site.resolve(SiteGenerator.SOURCES));
        for (String line : lines.subList(1, lines.size())) {
            int comma = line.indexOf(',');
            out.put(line.substring(0, comma), line.substring(comma + 1));
        }
        return out;
    }
}
