package org.w3id.iomidf.build;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.graph.Graph;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.engine.optimizer.reorder.ReorderTransformation;
import org.apache.jena.sparql.engine.optimizer.reorder.ReorderWeighted;
import org.apache.jena.sparql.sse.SSE;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.TDB2Factory;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3id.iomidf.map.IriMinter;
import org.w3id.iomidf.store.Database;
import org.w3id.iomidf.validate.GraphValidator;
import org.w3id.iomidf.validate.IdfShapes;
import org.w3id.iomidf.validate.Verdict;

/** Builds the bundled sample pages twice into a real TDB2 on disk and checks the release with independent tools. */
class SampleBuildTest {
    private static final Path SAMPLE = Path.of("src/test/resources/sample");
    private static final List<Path> INPUTS = List.of(SAMPLE.resolve("pages"), SAMPLE.resolve("seeds"));
    private static final String Q_JOIN = "PREFIX idf: <https://w3id.org/iom-idf/ontology#> "
            + "PREFIX dcterms: <http://purl.org/dc/terms/> "
            + "SELECT ?title ?a3 WHERE { ?p a idf:Project ; dcterms:title ?title ; idf:beneficiary ?c . "
            + "?c idf:alpha3 ?a3 }";

    @TempDir
    static Path out;

    static BuildSummary first;
    static BuildSummary second;
    static Path firstDumps;

    @BeforeAll
    static void buildTwice() {
        first = new Build(Tools.options(INPUTS, out, "2026-01-01T10:00:00Z")).run();
        firstDumps = first.release().resolve("dumps");
        second = new Build(Tools.options(INPUTS, out, "2026-01-02T10:00:00Z")).run();
    }

    @Test
    void summaryCountsThePages() {
        assertEquals(31, second.pagesRead());
        assertEquals(0, second.quarantined());
        assertTrue(second.published() > 20, second::line);
        assertTrue(
                second.line()
                        .matches(
                                "pages read 31, other files \\d+, projects published \\d+, quarantined 0, warnings \\d+, "
                                        + "triples \\d+, seconds \\d+\\.\\d"),
                second::line);
    }

    @Test
    void dumpsReparseWithRapperAndAgreeWithTheStore() throws Exception {
        Path dumps = out.resolve("dumps");
        long turtle = Tools.rapperCount(dumps.resolve("idf-ld.ttl"), "turtle");
        Path nt = out.resolve("unzipped.nt");
        try (InputStream in = new GZIPInputStream(Files.newInputStream(dumps.resolve("idf-ld.nt.gz")))) {
            Files.copy(in, nt, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        }
        long ntriples = Tools.rapperCount(nt, "ntriples");
        long description = Tools.rapperCount(dumps.resolve("void.ttl"), "turtle");
        assertEquals(second.triples(), turtle);
        assertEquals(turtle, ntriples);
        assertEquals(turtle + description, storeTriples());
        Graph jsonld;
        try (InputStream in = new GZIPInputStream(Files.newInputStream(dumps.resolve("idf-ld.jsonld.gz")))) {
            jsonld = RDFParser.source(in).lang(Lang.JSONLD).toGraph();
        }
        Graph fromNt = RDFParser.source(nt).lang(Lang.NTRIPLES).toGraph();
        assertTrue(jsonld.isIsomorphicWith(fromNt), "JSON-LD and N-Triples dumps differ");
    }

    @Test
    void checksumsVerifyWithSha256sum() throws Exception {
        Path dumps = out.resolve("dumps").toRealPath();
        List<String> files;
        try (Stream<Path> list = Files.list(dumps)) {
            files = list.map(p -> p.getFileName().toString())
                    .filter(n -> n.endsWith(".sha256"))
                    .sorted()
                    .toList();
        }
        assertEquals(
                List.of(
                        "idf-ld-pages.trig.gz.sha256",
                        "idf-ld-projects.csv-metadata.json.sha256",
                        "idf-ld-projects.csv.sha256",
                        "idf-ld.jsonld.gz.sha256",
                        "idf-ld.nt.gz.sha256",
                        "idf-ld.ttl.sha256",
                        "void.ttl.sha256"),
                files);
        String[] command =
                Stream.concat(Stream.of("sha256sum", "-c"), files.stream()).toArray(String[]::new);
        Tools.Run r = Tools.run(dumps, command);
        assertEquals(0, r.exit(), r.out() + r.err());
    }

    @Test
    void wholePublishedGraphConforms() {
        Dataset ds = TDB2Factory.connectDataset(out.resolve("tdb2").toString());
        try {
            Verdict v = Txn.calculateRead(ds, () -> new GraphValidator(IdfShapes.load(IriMinter.DEFAULT_BASE))
                    .validate(ds.asDatasetGraph().getDefaultGraph()));
            assertTrue(v.publishable(), () -> v.problems().toString());
        } finally {
            TDBInternal.expel(ds.asDatasetGraph());
        }
    }

    @Test
    void countryCodesAgreeWithTheUnM49Table() throws IOException {
        Map<String, CSVRecord> m49 = new HashMap<>();
        try (Reader in = Files.newBufferedReader(Path.of("src/main/resources/reference/unsd-m49-en.csv"))) {
            CSVFormat format = CSVFormat.RFC4180
                    .builder()
                    .setHeader()
                    .setSkipHeaderRecord(true)
                    .get();
            for (CSVRecord r : format.parse(in)) {
                m49.put(r.get("ISO-alpha3 Code"), r);
            }
        }
        String q = "PREFIX idf: <https://w3id.org/iom-idf/ontology#> SELECT ?a2 ?a3 ?m WHERE { "
                + "?c a idf:Country ; idf:alpha2 ?a2 ; idf:alpha3 ?a3 ; idf:m49 ?m }";
        List<Map<String, String>> rows = select(q);
        assertTrue(rows.size() >= 240, "countries: " + rows.size());
        int checked = 0;
        for (Map<String, String> s : rows) {
            CSVRecord r = m49.get(s.get("a3"));
            if (r != null) {
                assertEquals(r.get("ISO-alpha2 Code"), s.get("a2"), r::toString);
                assertEquals(r.get("M49 Code"), s.get("m"), r::toString);
                checked++;
            }
        }
        assertTrue(checked >= 240, "checked " + checked);
    }

    @Test
    void sparqlJoinOnAlpha3FindsEveryProjectThatNamesACountry() throws IOException {
        Map<String, Set<String>> found = new TreeMap<>();
        for (Map<String, String> s : select(Q_JOIN)) {
            found.computeIfAbsent(s.get("title"), t -> new HashSet<>()).add(s.get("a3"));
        }
        int expectedProjects = 0;
        for (Path dir : List.of(SAMPLE.resolve("pages/expected"), SAMPLE.resolve("seeds/expected"))) {
            try (Stream<Path> list = Files.list(dir)) {
                for (Path json : list.sorted().toList()) {
                    JsonObject o = JSON.read(json.toString());
                    if (!o.hasKey("countries") || !o.get("countries").isArray()) {
                        continue;
                    }
                    Set<String> codes = new HashSet<>();
                    o.get("countries")
                            .getAsArray()
                            .forEach(c -> codes.add(c.getAsString().value()));
                    codes.removeIf(c -> c.startsWith("?"));
                    if (codes.isEmpty()) {
                        continue;
                    }
                    expectedProjects++;
                    String title = o.get("title").getAsString().value();
                    Set<String> got = found.getOrDefault(title, Set.of());
                    assertTrue(got.containsAll(codes), json + ": expected " + codes + " got " + got);
                }
            }
        }
        assertTrue(expectedProjects >= 20, "expected projects with countries: " + expectedProjects);
    }

    @Test
    void secondBuildGivesByteIdenticalDumpsAndKeepsThePreviousRelease() throws IOException {
        Path dumps = second.release().resolve("dumps");
        assertNotEquals(first.release(), second.release());
        for (String name : List.of("idf-ld.ttl", "idf-ld.nt.gz", "idf-ld.jsonld.gz", "idf-ld-projects.csv")) {
            assertArrayEquals(
                    Files.readAllBytes(firstDumps.resolve(name)), Files.readAllBytes(dumps.resolve(name)), name);
        }
        assertFalse(
                Files.readString(firstDumps.resolve("void.ttl")).equals(Files.readString(dumps.resolve("void.ttl"))),
                "the build date differs");
        assertTrue(Files.exists(first.release().resolve("release.json")), "previous release kept");
        assertEquals(second.release().toRealPath(), out.resolve("current").toRealPath());
        assertEquals(
                out.resolve("current/dumps").toRealPath(), out.resolve("dumps").toRealPath());
    }

    /** The release carries TDB2's optimiser statistics of its default graph, and the store opens with them. */
    @Test
    void theStoreOpensWithItsOptimiserStatistics() throws IOException {
        Path stats = out.resolve("tdb2/Data-0001").resolve(Database.STATISTICS);
        assertTrue(Files.exists(stats), "no " + stats);
        SSE.readFile(stats.toString()); // the file is the SSE that TDB2 reads
        Matcher count = Pattern.compile("\\(count (\\d+)\\)").matcher(Files.readString(stats));
        assertTrue(count.find(), "no count in " + stats);
        long counted = Long.parseLong(count.group(1));
        assertEquals(storeTriples(), counted, "statistics count the default graph as published");
        Dataset ds = TDB2Factory.connectDataset(out.resolve("tdb2").toString());
        try {
            ReorderTransformation reorder =
                    TDBInternal.getDatasetGraphTDB(ds.asDatasetGraph()).getReorderTransform();
            assertTrue(reorder instanceof ReorderWeighted, "the optimiser uses the statistics: " + reorder);
        } finally {
            TDBInternal.expel(ds.asDatasetGraph());
        }
    }

    private static long storeTriples() {
        Dataset ds = TDB2Factory.connectDataset(out.resolve("tdb2").toString());
        try {
            return Txn.calculateRead(
                    ds, () -> ds.asDatasetGraph().getDefaultGraph().size());
        } finally {
            TDBInternal.expel(ds.asDatasetGraph());
        }
    }

    /** Rows of variable name to lexical form, read inside the transaction. */
    private static List<Map<String, String>> select(String query) {
        Dataset ds = TDB2Factory.connectDataset(out.resolve("tdb2").toString());
        try {
            return Txn.calculateRead(ds, () -> {
                try (QueryExecution qe = QueryExecution.dataset(ds).query(query).build()) {
                    List<Map<String, String>> rows = new java.util.ArrayList<>();
                    qe.execSelect().forEachRemaining(s -> {
                        Map<String, String> row = new HashMap<>();
                        s.varNames()
                                .forEachRemaining(v -> row.put(
                                        v,
                                        s.get(v).isLiteral()
                                                ? s.get(v).asLiteral().getString()
                                                : s.get(v).toString()));
                        rows.add(row);
                    });
                    return rows;
                }
            });
        } finally {
            TDBInternal.expel(ds.asDatasetGraph());
        }
    }

    /**
     * Every link to UN's SDG geographic areas is an IRI of UN's own RDF ({@code un-sdg-geoarea.ttl}), padded as
     * UN writes it; an area UN does not list (Taiwan, 158) gets no link.
     */
    @Test
    void linksToUnDataNameAreasUnLists() {
        org.apache.jena.rdf.model.Model un =
                org.apache.jena.riot.RDFDataMgr.loadModel("src/main/resources/reference/un-sdg-geoarea.ttl");
        org.apache.jena.rdf.model.Model data = org.apache.jena.riot.RDFDataMgr.loadModel(
                out.resolve("dumps/idf-ld.ttl").toString());
        List<String> links = data.listObjectsOfProperty(org.apache.jena.vocabulary.SKOS.exactMatch)
                .filterKeep(o -> o.isURIResource() && o.asResource().getURI().startsWith("http://metadata.un.org/sdg/"))
                .mapWith(o -> o.asResource().getURI())
                .toList();
        assertTrue(links.size() > 250, "links to UN areas: " + links.size());
        List<String> unknown = links.stream()
                .filter(l -> !un.contains(un.createResource(l), null, (org.apache.jena.rdf.model.RDFNode) null))
                .toList();
        assertEquals(List.of(), unknown, "links UN's RDF lacks");
        assertTrue(links.contains("http://metadata.un.org/sdg/codes/geoArea/004"), "Afghanistan, padded");
        org.apache.jena.rdf.model.Resource taiwan = data.createResource("https://w3id.org/iom-idf/country/TWN");
        assertFalse(
                data.listObjectsOfProperty(taiwan, org.apache.jena.vocabulary.SKOS.exactMatch).toList().stream()
                        .anyMatch(o -> o.toString().contains("metadata.un.org")),
                "Taiwan is not in UN's list");
    }

    /** The data dump and the dataset description are, together, exactly what the store answers: same terms. */
    @Test
    void dumpsEqualTheStore() {
        org.apache.jena.rdf.model.Model dumped = org.apache.jena.riot.RDFDataMgr.loadModel(
                out.resolve("dumps/idf-ld.ttl").toString());
        dumped.add(org.apache.jena.riot.RDFDataMgr.loadModel(
                out.resolve("dumps/void.ttl").toString()));
        org.apache.jena.sparql.core.DatasetGraph store = org.apache.jena.tdb2.DatabaseMgr.connectDatasetGraph(
                out.resolve("tdb2").toString());
        try {
            org.apache.jena.graph.Graph answered = org.apache.jena.system.Txn.calculateRead(
                    store, () -> org.apache.jena.sparql.exec.QueryExec.dataset(store)
                            .query("CONSTRUCT { ?s ?p ?o } WHERE { ?s ?p ?o }")
                            .construct());
            org.apache.jena.rdf.model.Model fromStore =
                    org.apache.jena.rdf.model.ModelFactory.createModelForGraph(answered);
            org.apache.jena.rdf.model.Model missing = dumped.difference(fromStore);
            org.apache.jena.rdf.model.Model extra = fromStore.difference(dumped);
            assertTrue(
                    dumped.isIsomorphicWith(fromStore),
                    () -> "in the dumps only: " + missing.size() + " "
                            + missing.listStatements().toList().stream()
                                    .limit(5)
                                    .toList() + "\nin the store only: " + extra.size() + " "
                            + extra.listStatements().toList().stream().limit(5).toList());
        } finally {
            org.apache.jena.tdb2.sys.TDBInternal.expel(store);
        }
    }

    /**
     * A naive query is a right query: in the default graph only projects carry project values, so counting and
     * summing budgets counts each project once; what each page said is in that page's graph.
     */
    @Test
    void theDefaultGraphCountsEachProjectOnce() {
        String idf = "PREFIX idf: <https://w3id.org/iom-idf/ontology#> ";
        Map<String, String> naive = select(idf + "SELECT (COUNT(?s) AS ?n) (SUM(?b) AS ?usd) { ?s idf:budgetUSD ?b }")
                .get(0);
        Map<String, String> projects = select(
                        idf + "SELECT (COUNT(?s) AS ?n) (SUM(?b) AS ?usd) " + "{ ?s a idf:Project ; idf:budgetUSD ?b }")
                .get(0);
        assertEquals(projects, naive);
        List<Map<String, String>> others = select(idf + "SELECT DISTINCT ?p { ?s ?p ?o FILTER NOT EXISTS { ?s a "
                + "idf:Project } FILTER(?p IN (idf:budgetUSD, idf:beneficiary, idf:startYear, idf:primaId, "
                + "idf:projectType, idf:status)) }");
        assertEquals(List.of(), others, "project properties on other subjects of the default graph");
        Map<String, String> pages = select(idf + "SELECT (COUNT(DISTINCT ?g) AS ?n) { GRAPH ?g { ?p ?x ?y } "
                        + "?g a idf:SourcePage . ?p a idf:Project ; <http://www.w3.org/ns/prov#wasDerivedFrom> ?g }")
                .get(0);
        assertEquals(String.valueOf(second.pagesRead()), pages.get("n"), "one graph per page read");
    }

    /** The regions and groups a project states are exactly those its beneficiary countries are in. */
    @Test
    void beneficiaryRegionsAndGroupsFollowTheCountries() {
        String idf = "PREFIX idf: <https://w3id.org/iom-idf/ontology#> ";
        assertEquals(
                new java.util.HashSet<>(select(idf + "SELECT DISTINCT ?p ?r WHERE { ?p a idf:Project ; idf:beneficiary/"
                        + "(idf:region|idf:subRegion|idf:intermediateRegion) ?r }")),
                new java.util.HashSet<>(select(idf + "SELECT DISTINCT ?p ?r WHERE { ?p idf:beneficiaryRegion ?r }")));
        assertEquals(
                new java.util.HashSet<>(select(idf + "SELECT DISTINCT ?p ?g WHERE { ?p a idf:Project ; idf:beneficiary/"
                        + "idf:countryGroup ?g }")),
                new java.util.HashSet<>(select(idf + "SELECT DISTINCT ?p ?g WHERE { ?p idf:beneficiaryGroup ?g }")));
        assertFalse(select(idf + "SELECT ?p WHERE { ?p idf:beneficiaryGroup ?g } LIMIT 1")
                .isEmpty());
    }

    /** The page graphs' dump is read by rapper and holds exactly the store's page graphs. */
    @Test
    void pageGraphsDumpEqualsTheStore() throws Exception {
        Path trig = out.resolve("pages.trig");
        try (InputStream in = new GZIPInputStream(Files.newInputStream(out.resolve("dumps/idf-ld-pages.trig.gz")))) {
            Files.copy(in, trig, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        }
        long counted = Tools.rapperCount(trig, "trig");
        org.apache.jena.sparql.core.DatasetGraph dumped =
                RDFParser.source(trig).lang(Lang.TRIG).toDatasetGraph();
        org.apache.jena.sparql.core.DatasetGraph store = org.apache.jena.tdb2.DatabaseMgr.connectDatasetGraph(
                out.resolve("tdb2").toString());
        try {
            Txn.executeRead(store, () -> {
                List<org.apache.jena.graph.Node> names = new java.util.ArrayList<>();
                store.listGraphNodes().forEachRemaining(names::add);
                List<org.apache.jena.graph.Node> inDump = new java.util.ArrayList<>();
                dumped.listGraphNodes().forEachRemaining(inDump::add);
                assertEquals(new java.util.HashSet<>(names), new java.util.HashSet<>(inDump));
                long quads = 0;
                for (org.apache.jena.graph.Node g : names) {
                    Graph a = store.getGraph(g);
                    Graph b = dumped.getGraph(g);
                    assertTrue(a.isIsomorphicWith(b), () -> "graph " + g + " differs");
                    quads += a.size();
                }
                assertEquals(counted, quads);
                assertEquals(0, dumped.getDefaultGraph().size(), "the page graphs' dump holds no default graph");
            });
        } finally {
            org.apache.jena.tdb2.sys.TDBInternal.expel(store);
        }
    }

    /** The JSON-LD dump has a context: a web developer reads short keys, and a JSON-LD processor the same data. */
    @Test
    void jsonLdReadsWithShortKeys() throws IOException {
        String json;
        try (InputStream in = new GZIPInputStream(Files.newInputStream(out.resolve("dumps/idf-ld.jsonld.gz")))) {
            json = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        assertTrue(json.startsWith("{\n  \"@context\": {"), json.substring(0, 100));
        for (String key :
                List.of("\"title\": [", "\"budgetUSD\": [", "\"beneficiary\": [", "\"@type\": [\"idf:Project\"]")) {
            assertTrue(json.contains(key), "no " + key);
        }
        assertFalse(json.contains("\"http://purl.org/dc/terms/title\": ["), "a full IRI as a key");
    }

    /**
     * The sample's English page of LM.0332 has no identifier and its French page has them: two projects are
     * published, and the report names them as likely one, with the reason, without merging them.
     */
    @Test
    void theProjectPublishedInTwoLanguagesIsReportedAsALikelyDuplicate() throws IOException {
        String english = "strengthening-national-capacities-in-applying-international-7f73cff5";
        assertEquals(1, second.likelyDuplicates(), second::line);
        String summary = Files.readString(out.resolve("report/summary.txt"));
        assertTrue(
                summary.contains("Likely duplicates (published separately, not merged: please check): 1\n- project "
                        + english + " and project EG10P0005: no identifier on the first; titles in en and in fr; "
                        + "same beneficiaries EGY MAR TUN; same type LM; no value differs"),
                summary);
        org.apache.jena.rdf.model.Model report = org.apache.jena.riot.RDFDataMgr.loadModel(
                out.resolve("report/duplicates.ttl").toString());
        org.apache.jena.rdf.model.Resource pair = report.listSubjectsWithProperty(
                        org.apache.jena.vocabulary.RDF.type, REPORT.LikelyDuplicate)
                .toList()
                .get(0);
        assertEquals(english, pair.getProperty(REPORT.projectKey).getString());
        assertEquals("EG10P0005", pair.getProperty(REPORT.otherProjectKey).getString());
        org.apache.jena.rdf.model.Model dump = org.apache.jena.riot.RDFDataMgr.loadModel(
                out.resolve("dumps/idf-ld.ttl").toString());
        for (String key : List.of(english, "EG10P0005")) {
            assertTrue(
                    dump.containsResource(dump.createResource("https://w3id.org/iom-idf/project/" + key)),
                    key + " published");
        }
        assertTrue(second.console().stream().anyMatch(l -> l.startsWith("likely duplicates")), () -> second.console()
                .toString());
    }

    /** The CSV's CSVW metadata names every column of the header, types it, and gives list cells their separator. */
    @Test
    void csvIsDescribedByItsCsvwMetadata() throws IOException {
        org.apache.jena.atlas.json.JsonObject meta = org.apache.jena.atlas.json.JSON.parse(
                Files.readString(out.resolve("dumps/idf-ld-projects.csv-metadata.json")));
        assertEquals("idf-ld-projects.csv", meta.get("url").getAsString().value());
        List<org.apache.jena.atlas.json.JsonObject> columns =
                meta.get("tableSchema").getAsObject().get("columns").getAsArray().stream()
                        .map(org.apache.jena.atlas.json.JsonValue::getAsObject)
                        .toList();
        List<String> csv = Files.readAllLines(out.resolve("dumps/idf-ld-projects.csv"));
        assertEquals(
                csv.get(0),
                String.join(
                        ",",
                        columns.stream()
                                .map(c -> c.get("name").getAsString().value())
                                .toList()),
                "the metadata names the header's columns in order");
        for (org.apache.jena.atlas.json.JsonObject c : columns) {
            assertTrue(c.hasKey("datatype") && c.hasKey("titles"), c::toString);
            if (c.get("name").getAsString().value().startsWith("countries")) {
                assertEquals(";", c.get("separator").getAsString().value(), c::toString);
            }
        }
        String mexico = csv.stream()
                .filter(l -> l.contains("/project/MX10P0536"))
                .findFirst()
                .orElseThrow();
        assertTrue(mexico.contains("Active"), "the English label of its status, active: " + mexico);
        assertTrue(mexico.contains("Mexico"), "an English country name: " + mexico);
        assertTrue(Files.readString(out.resolve("dumps/idf-ld-projects.csv-metadata.json.sha256"))
                        .length()
                > 64);
    }
}
