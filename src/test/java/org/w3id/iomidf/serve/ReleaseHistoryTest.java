package org.w3id.iomidf.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringReader;
import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonArray;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.atlas.json.JsonValue;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3id.iomidf.build.Build;
import org.w3id.iomidf.build.BuildOptions;
import org.w3id.iomidf.country.Gazetteer;
import org.w3id.iomidf.generate.GeneratorSettings;
import org.w3id.iomidf.generate.PageGenerator;
import org.w3id.iomidf.map.IriMinter;
import org.w3id.iomidf.release.Credits;
import org.w3id.iomidf.release.LiveRelease;
import org.w3id.iomidf.release.ReleaseLayout;
import org.w3id.iomidf.serve.live.ReloadOptions;

/**
 * Releases kept and compared, against a running server: generated pages built three times, with projects added,
 * removed and edited between builds by the test. The list of releases, each change set exactly what the test
 * changed, the files of a kept release byte for byte what they were when it was live, a project's history on its
 * page, the versions in the description, and pruning with {@code --keep}.
 */
class ReleaseHistoryTest {
    private static final String BASE = IriMinter.DEFAULT_BASE;
    private static final String DAY1 = "2026-03-01T10:00:00Z";

    @TempDir
    Path tmp;

    /** One generated page as its truth file tells: file, project number, Prima ID, layout, language, values. */
    record Page(String file, long project, String primaId, String layout, String lang, String title, String budget) {}

    @Test
    void threeBuildsAreKeptComparedAndServed() throws Exception {
        Path gen = tmp.resolve("gen");
        new PageGenerator(Gazetteer.load()).generate(new GeneratorSettings(60, 11, gen, 0));
        Path pages = gen.resolve("pages");
        List<Page> single = singlePageProjects(gen);
        assertTrue(single.size() >= 4, "the set has four projects of one page in the site layout: " + single);
        Page edited = single.get(0);
        Page removed = single.get(1);
        Page copied = single.get(2);
        Page retitled = single.get(3);
        Path out = tmp.resolve("site");

        String r1 = build(out, pages, 0, BuildOptions.KEEP_ALL);
        Map<String, String> r1Files =
                digests(out.resolve(ReleaseLayout.RELEASES).resolve(r1));
        String r2;
        String r3;
        try (LinkedDataServer server =
                LinkedDataServer.start(ServeConfig.of(out, 0), new ReloadOptions(Duration.ofMillis(200)))) {
            Http http = new Http(server.port());
            long projects1 = projectCount(http);

            // Build 2: a budget edited, a project removed, a project added (a copy under new identifiers).
            String newBudget = "987654.00";
            replaceLine(pages.resolve(edited.file()), edited.budget(), newBudget);
            Files.delete(pages.resolve(removed.file()));
            String addedId = copied.primaId().substring(0, 4) + "P9999";
            String addedFile = copied.file().replace(copied.primaId(), addedId);
            String copyText = Files.readString(pages.resolve(copied.file()), StandardCharsets.UTF_8)
                    .replace(copied.primaId(), addedId);
            copyText = Pattern.compile("(?m)^([A-Z]{2})\\.(\\d{4})$")
                    .matcher(copyText)
                    .replaceAll("$1.9999");
            Files.writeString(pages.resolve(addedFile), copyText, StandardCharsets.UTF_8);
            r2 = build(out, pages, 1, BuildOptions.KEEP_ALL);
            awaitLive(http, r2);

            JsonObject c2 = changes(http, r2);
            assertEquals(r1, c2.getString("previous"));
            assertEquals(List.of(project(addedId)), strings(c2, "projectsAdded"));
            assertEquals(List.of(project(removed.primaId())), strings(c2, "projectsRemoved"));
            Map<String, Map<String, List<String>>> changed2 = changed(c2);
            assertEquals(Set.of(project(edited.primaId())), changed2.keySet());
            Map<String, List<String>> budget = changed2.get(project(edited.primaId()));
            assertEquals(Set.of(IDF_NS + "budgetUSD"), budget.keySet(), budget::toString);
            assertEquals(
                    0,
                    new BigDecimal(edited.budget())
                            .compareTo(decimal(budget.get(IDF_NS + "budgetUSD").get(0))));
            assertEquals(
                    0,
                    new BigDecimal(newBudget)
                            .compareTo(decimal(budget.get(IDF_NS + "budgetUSD").get(1))));
            assertEquals(List.of(addedFile), strings(c2, "pagesAdded"));
            assertEquals(List.of(edited.file()), strings(c2, "pagesChanged"));
            assertEquals(List.of(removed.file()), strings(c2, "pagesRemoved"));
            assertEquals(projects1, projectCount(http), "one project added, one removed");

            // The edited project's page tells its history: first published in 1, changed in 2 with its budget.
            String history =
                    http.get("/project/" + edited.primaId() + "?lang=en").body();
            assertTrue(
                    history.contains("First published in release <a href=\"/release/" + r1 + "/changes\">1</a>"),
                    history);
            assertTrue(history.contains("Changed in release <a href=\"/release/" + r2 + "/changes\">2</a>"), history);
            assertTrue(history.contains(">budgetUSD<") && history.contains(newBudget.replace(".00", "")), history);

            // Build 3: the edited project removed, another one retitled.
            Files.delete(pages.resolve(edited.file()));
            String newTitle = retitled.title() + " (second phase)";
            replaceLine(pages.resolve(retitled.file()), retitled.title(), newTitle);
            r3 = build(out, pages, 2, BuildOptions.KEEP_ALL);
            awaitLive(http, r3);

            JsonObject c3 = changes(http, r3);
            assertEquals(r2, c3.getString("previous"));
            assertEquals(List.of(), strings(c3, "projectsAdded"));
            assertEquals(List.of(project(edited.primaId())), strings(c3, "projectsRemoved"));
            Map<String, Map<String, List<String>>> changed3 = changed(c3);
            assertEquals(Set.of(project(retitled.primaId())), changed3.keySet());
            assertEquals(
                    Map.of(
                            "http://purl.org/dc/terms/title",
                            List.of(
                                    "[\"" + retitled.title() + "\"@" + retitled.lang() + "]",
                                    "[\"" + newTitle + "\"@" + retitled.lang() + "]")),
                    changed3.get(project(retitled.primaId())));
            assertEquals(List.of(), strings(c3, "pagesAdded"));
            assertEquals(List.of(retitled.file()), strings(c3, "pagesChanged"));
            assertEquals(List.of(edited.file()), strings(c3, "pagesRemoved"));

            // The list: newest first, versions 3, 2, 1, the live one marked, with their project counts.
            String list = http.get("/release/", "Accept-Language", "fr").body();
            List<String> ids = linkedReleases(list);
            assertEquals(List.of(r3, r2, r1), ids);
            assertTrue(list.contains("<td>3 <strong>(en ligne)</strong></td>"), list);
            assertTrue(list.contains("<td>" + (projects1 - 1) + "</td>"), list);
            assertTrue(list.contains("1 projets ajoutés, 1 retirés, 1 modifiés"), list);
            for (String lang : List.of("en", "fr", "es")) {
                HttpResponse<String> page = http.get("/release/" + r1 + "/?lang=" + lang);
                assertEquals(200, page.statusCode());
                assertTrue(page.body().startsWith("<!DOCTYPE html>\n<html lang=\"" + lang + "\""), page.body());
            }
            assertEquals(404, http.get("/release/20990101T000000Z/").statusCode());
            assertEquals(404, http.get("/release/a%20b/dumps/idf-ld.ttl").statusCode());

            // The first release's files, served from its own folder, are what they were when it was live.
            for (Map.Entry<String, String> f : r1Files.entrySet()) {
                HttpResponse<byte[]> got = http.bytes("/release/" + r1 + "/dumps/" + f.getKey());
                assertEquals(200, got.statusCode(), f.getKey());
                assertEquals(f.getValue(), sha256(got.body()), f.getKey());
                assertEquals(
                        "max-age=31536000, immutable",
                        got.headers().firstValue("Cache-Control").orElse(""));
            }
            assertEquals(r1Files, digests(out.resolve(ReleaseLayout.RELEASES).resolve(r1)));

            // The description names the three releases as versions, the live one current, with notes.
            Model d = description(http);
            Resource dataset = d.createResource(BASE + "dataset");
            Property dcat = d.createProperty("http://www.w3.org/ns/dcat#", "hasVersion");
            assertEquals(
                    Set.of(release(r1), release(r2), release(r3)),
                    d.listObjectsOfProperty(dataset, dcat)
                            .mapWith(Object::toString)
                            .toSet());
            assertEquals(
                    release(r3),
                    dataset.getPropertyResourceValue(
                                    d.createProperty("http://www.w3.org/ns/dcat#", "hasCurrentVersion"))
                            .getURI());
            Resource v3 = d.createResource(release(r3));
            assertEquals(
                    release(r2),
                    v3.getPropertyResourceValue(d.createProperty("http://www.w3.org/ns/dcat#", "previousVersion"))
                            .getURI());
            assertEquals(
                    "3",
                    v3.getProperty(d.createProperty("http://www.w3.org/ns/dcat#", "version"))
                            .getString());
            assertTrue(
                    v3.getProperty(d.createProperty("http://www.w3.org/ns/adms#", "versionNotes"))
                            .getString()
                            .startsWith("0 projects added, 1 removed, 1 changed;"),
                    v3::toString);
        }

        // Pruning: keep 3 drops the first release; keep 1 still keeps the live release and the one before it.
        String r4 = build(out, pages, 3, 3);
        assertEquals(List.of(r4), kept(out).subList(2, 3));
        assertEquals(3, kept(out).size(), kept(out)::toString);
        assertFalse(kept(out).contains(r1), kept(out)::toString);
        Model d4 = ModelFactory.createDefaultModel();
        RDFParser.source(out.resolve(ReleaseLayout.RELEASES).resolve(r4).resolve("dumps/void.ttl"))
                .lang(Lang.TURTLE)
                .parse(d4);
        assertEquals(
                Set.of(release(r2), release(r3), release(r4)),
                d4.listObjectsOfProperty(
                                d4.createResource(BASE + "dataset"),
                                d4.createProperty("http://www.w3.org/ns/dcat#", "hasVersion"))
                        .mapWith(Object::toString)
                        .toSet(),
                "the description names the releases kept, not the one pruned");
        String r5 = build(out, pages, 4, 1);
        assertEquals(List.of(r4, r5), kept(out));
        assertEquals(r5, LiveRelease.open(out).id());
    }

    private static final String IDF_NS = "https://w3id.org/iom-idf/ontology#";

    /** Builds {@code pages} into {@code out} on day {@code 1 + day}; returns the new release's id. */
    private static String build(Path out, Path pages, int day, int keep) {
        Instant at = Instant.parse(DAY1).plus(Duration.ofDays(day));
        return new Build(new BuildOptions(
                        List.of(pages),
                        out,
                        BASE,
                        false,
                        Clock.fixed(at, ZoneOffset.UTC),
                        0,
                        Map.of(),
                        Credits.NONE,
                        keep))
                .run()
                .release()
                .getFileName()
                .toString();
    }

    /** Projects with one page, in the site layout, with a Prima ID no other project has. */
    private static List<Page> singlePageProjects(Path gen) throws IOException {
        List<Page> all = new ArrayList<>();
        for (String line : Files.readAllLines(gen.resolve(PageGenerator.TRUTH_FILE), StandardCharsets.UTF_8)) {
            JsonObject o = JSON.parse(line);
            JsonValue prima = o.get("primaId");
            all.add(new Page(
                    o.getString("file").substring("pages/".length()),
                    o.get("project").getAsNumber().value().longValue(),
                    prima != null && prima.isString() ? prima.getAsString().value() : null,
                    o.getString("layout"),
                    o.getString("lang"),
                    o.getString("title"),
                    o.get("budgetUSD") != null && o.get("budgetUSD").isString() ? o.getString("budgetUSD") : null));
        }
        Map<Long, Long> pagesPerProject =
                all.stream().collect(Collectors.groupingBy(Page::project, Collectors.counting()));
        Map<String, Long> projectsPerId = all.stream()
                .filter(p -> p.primaId() != null)
                .collect(Collectors.groupingBy(Page::primaId, Collectors.mapping(Page::project, Collectors.toSet())))
                .entrySet()
                .stream()
                .collect(Collectors.toMap(
                        Map.Entry::getKey, e -> (long) e.getValue().size()));
        List<Page> out = new ArrayList<>();
        for (Page p : all) {
            if (pagesPerProject.get(p.project()) == 1
                    && p.primaId() != null
                    && projectsPerId.get(p.primaId()) == 1
                    && "site".equals(p.layout())
                    && p.budget() != null
                    && occurrences(gen.resolve("pages").resolve(p.file()), p.title()) == 1
                    && occurrences(gen.resolve("pages").resolve(p.file()), p.budget()) == 1) {
                out.add(p);
            }
        }
        return out;
    }

    private static long occurrences(Path file, String line) throws IOException {
        return Files.readAllLines(file, StandardCharsets.UTF_8).stream()
                .filter(l -> l.strip().equals(line))
                .count();
    }

    private static void replaceLine(Path file, String line, String with) throws IOException {
        List<String> lines = new ArrayList<>(Files.readAllLines(file, StandardCharsets.UTF_8));
        lines.replaceAll(l -> l.strip().equals(line) ? with : l);
        Files.write(file, lines, StandardCharsets.UTF_8);
    }

    private static String project(String primaId) {
        return BASE + "project/" + primaId;
    }

    private static String release(String id) {
        return BASE + "release/" + id;
    }

    private static BigDecimal decimal(String bracketedTerms) {
        Matcher m = Pattern.compile("\"([0-9.]+)\"").matcher(bracketedTerms);
        assertTrue(m.find(), bracketedTerms);
        return new BigDecimal(m.group(1));
    }

    private static JsonObject changes(Http http, String id) {
        HttpResponse<String> r = http.get("/release/" + id + "/changes.json");
        assertEquals(200, r.statusCode(), r::body);
        HttpResponse<String> page = http.get("/release/" + id + "/changes");
        assertEquals(200, page.statusCode(), page::body);
        return JSON.parse(r.body());
    }

    private static List<String> strings(JsonObject o, String key) {
        return o.get(key).getAsArray().stream()
                .map(v -> v.getAsString().value())
                .toList();
    }

    /** Changed projects: property to [before, after], each the sorted terms as a list's text. */
    private static Map<String, Map<String, List<String>>> changed(JsonObject o) {
        Map<String, Map<String, List<String>>> out = new TreeMap<>();
        for (JsonValue p : o.get("projectsChanged").getAsArray()) {
            Map<String, List<String>> values = new TreeMap<>();
            for (JsonValue v : p.getAsObject().get("values").getAsArray()) {
                JsonObject value = v.getAsObject();
                values.put(
                        value.getString("property"),
                        List.of(
                                terms(value.get("before").getAsArray()),
                                terms(value.get("after").getAsArray())));
            }
            out.put(p.getAsObject().getString("project"), values);
        }
        return out;
    }

    private static String terms(JsonArray a) {
        return a.stream().map(v -> v.getAsString().value()).toList().toString();
    }

    private static long projectCount(Http http) {
        HttpResponse<String> r =
                http.get(SampleSite.query(SampleSite.PROJECTS), "Accept", "application/sparql-results+json");
        assertEquals(200, r.statusCode(), r::body);
        JsonObject json = JSON.parse(r.body());
        JsonObject row =
                json.getObj("results").get("bindings").getAsArray().get(0).getAsObject();
        return Long.parseLong(row.values().iterator().next().getAsObject().getString("value"));
    }

    private static void awaitLive(Http http, String id) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (System.nanoTime() < deadline) {
            HttpResponse<String> r = http.get("/health");
            if (id.equals(r.headers().firstValue(LiveRelease.HEADER).orElse(""))) {
                return;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("release " + id + " did not go live within 30 s");
    }

    private static List<String> linkedReleases(String html) {
        Matcher m = Pattern.compile("<td><a href=\"/release/([^/\"]+)/\">").matcher(html);
        List<String> ids = new ArrayList<>();
        while (m.find()) {
            ids.add(m.group(1));
        }
        return ids;
    }

    private static Model description(Http http) {
        HttpResponse<String> r = http.get("/.well-known/void", "Accept", "text/turtle");
        assertEquals(200, r.statusCode(), r::body);
        Model m = ModelFactory.createDefaultModel();
        RDFParser.create().source(new StringReader(r.body())).lang(Lang.TURTLE).parse(m);
        return m;
    }

    private static List<String> kept(Path out) throws IOException {
        try (Stream<Path> list = Files.list(out.resolve(ReleaseLayout.RELEASES))) {
            return list.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    /** The SHA-256 of every file of a release's dumps folder, by name. */
    private static Map<String, String> digests(Path release) throws IOException {
        Map<String, String> out = new HashMap<>();
        try (Stream<Path> list = Files.list(release.resolve(ReleaseLayout.DUMPS))) {
            for (Path f : list.toList()) {
                out.put(f.getFileName().toString(), sha256(Files.readAllBytes(f)));
            }
        }
        return new TreeMap<>(out);
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
