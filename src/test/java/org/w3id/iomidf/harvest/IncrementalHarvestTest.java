package org.w3id.iomidf.harvest;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.netpreserve.jwarc.WarcReader;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcRevisit;
import org.w3id.iomidf.build.Build;
import org.w3id.iomidf.build.BuildOptions;
import org.w3id.iomidf.build.BuildSummary;
import org.w3id.iomidf.country.Gazetteer;
import org.w3id.iomidf.generate.GeneratedSite;
import org.w3id.iomidf.generate.SiteGenerator;
import org.w3id.iomidf.generate.SiteServer;
import org.w3id.iomidf.generate.SiteSettings;
import org.w3id.iomidf.map.IDF;
import org.w3id.iomidf.map.IriMinter;

/** A second harvest asks only for what changed, records the rest as revisits, and the build follows them. */
class IncrementalHarvestTest {
    /** schema:url as the ontology and the {@code schema} prefix name it. */
    private static final Property WEB_ADDRESS = ResourceFactory.createProperty("http://schema.org/url");

    @TempDir
    Path dir;

    @Test
    void aSecondHarvestSendsConditionalRequestsAndRecordsRevisits() throws Exception {
        Path archive = dir.resolve("archive");
        try (SiteServer server = SiteServer.start(dir.resolve("site"), 0, false)) {
            GeneratedSite site = new SiteGenerator(Gazetteer.load())
                    .generate(new SiteSettings(6, 5, dir.resolve("site"), server.base(), 0));
            HarvestOptions options =
                    HarvestedSite.options(server.base(), archive).withDelay(Duration.ZERO);
            HarvestSummary first = new Harvest(options).run(line -> {});
            assertEquals(site.pages(), first.added(), first.toString());
            byte[] firstFile = Files.readAllBytes(first.warc());
            int before = server.requests().size();

            String changedPath = site.en().get(0);
            Path changed = dir.resolve("site").resolve(SiteGenerator.file(changedPath, null));
            String html = Files.readString(changed, StandardCharsets.UTF_8);
            String title = html.substring(html.indexOf("<span>") + 6, html.indexOf("</span>"));
            Files.writeString(changed, html.replace(title, "Revised: " + title), StandardCharsets.UTF_8);
            Files.setLastModifiedTime(
                    changed, java.nio.file.attribute.FileTime.from(Instant.now().plusSeconds(5)));
            String gonePath = site.fr().get(0);
            Files.delete(dir.resolve("site").resolve(SiteGenerator.file(gonePath, null)));

            HarvestSummary second = new Harvest(options).run(line -> {});
            assertEquals(1, second.changed(), second.toString());
            assertEquals(first.gone() + 1, second.gone(), "the deleted page, besides the links that never worked");
            assertEquals(site.pages() - 2, second.unchanged(), second.toString());
            assertEquals(0, second.added(), second.toString());

            List<SiteServer.Request> again =
                    server.requests().subList(before, server.requests().size());
            Set<String> pages = new HashSet<>(site.en());
            pages.addAll(site.fr());
            pages.addAll(site.es());
            int notModified = 0;
            for (SiteServer.Request r : again) {
                if (pages.contains(r.target())) {
                    assertNotNull(r.headers().get("If-None-Match"), "conditional: " + r.target());
                    assertNotNull(r.headers().get("If-Modified-Since"), "conditional: " + r.target());
                    notModified += r.status() == 304 ? 1 : 0;
                }
            }
            assertEquals(site.pages() - 2, notModified);
            assertArrayEquals(firstFile, Files.readAllBytes(first.warc()), "the first WARC file is never rewritten");
            try (Stream<Path> files = Files.list(archive)) {
                assertEquals(2, files.count());
            }
            Set<String> responses = ids(first.warc(), WarcResponse.class);
            int revisits = 0;
            try (WarcReader reader = new WarcReader(second.warc())) {
                for (WarcRecord record : reader) {
                    if (record instanceof WarcRevisit v) {
                        revisits++;
                        assertEquals(WarcRevisit.SERVER_NOT_MODIFIED_1_1, v.profile());
                        assertTrue(responses.contains(v.refersTo().orElseThrow().toString()), v.toString());
                    }
                }
            }
            assertEquals(site.pages() - 2, revisits);

            BuildSummary build = new Build(new BuildOptions(
                            List.of(archive),
                            dir.resolve("out"),
                            IriMinter.DEFAULT_BASE,
                            false,
                            Clock.fixed(Instant.parse("2026-12-01T10:00:00Z"), ZoneOffset.UTC),
                            0,
                            Map.of()))
                    .run();
            assertEquals(site.pages(), build.pagesRead(), "a page gone keeps its last capture");
            Model m = RDFDataMgr.loadModel(
                    build.release().resolve("dumps/idf-ld.ttl").toString());
            Set<String> titles = new HashSet<>();
            m.listObjectsOfProperty(DCTerms.title)
                    .forEach(n -> titles.add(n.asLiteral().getLexicalForm()));
            assertTrue(titles.contains("Revised: " + title), "the changed page's new title is published");
            for (Resource page :
                    m.listSubjectsWithProperty(RDF.type, IDF.SourcePage).toList()) {
                String url = page.getRequiredProperty(WEB_ADDRESS).getResource().getURI();
                String id =
                        page.getRequiredProperty(IDF.warcRecordId).getLiteral().getLexicalForm();
                assertEquals(
                        !url.endsWith(changedPath),
                        responses.contains(id),
                        url + ": an unchanged page is read from its first capture, the changed one from the second");
            }
        }
    }

    private static Set<String> ids(Path warc, Class<? extends WarcRecord> type) throws java.io.IOException {
        Set<String> ids = new HashSet<>();
        try (WarcReader reader = new WarcReader(warc)) {
            for (WarcRecord record : reader) {
                if (type.isInstance(record)) {
                    ids.add(record.id().toString());
                }
            }
        }
        return ids;
    }
}
