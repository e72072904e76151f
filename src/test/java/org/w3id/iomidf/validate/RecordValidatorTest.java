package org.w3id.iomidf.validate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.system.StreamRDFLib;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.DCTerms;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.w3id.iomidf.country.Gazetteer;
import org.w3id.iomidf.map.IDF;
import org.w3id.iomidf.map.IriMinter;
import org.w3id.iomidf.map.MergedProject;
import org.w3id.iomidf.map.PROV;
import org.w3id.iomidf.map.ProjectMapper;
import org.w3id.iomidf.map.ProjectMerger;
import org.w3id.iomidf.map.ReferenceMapper;
import org.w3id.iomidf.record.Field;
import org.w3id.iomidf.record.Problem;
import org.w3id.iomidf.record.ProjectPage;
import org.w3id.iomidf.source.CodeLists;
import org.w3id.iomidf.source.PageParser;

/** Real sample pages, parsed, merged and mapped, then validated as they are and with one fact made wrong. */
class RecordValidatorTest {
    private static final Path PAGES = Path.of("src/test/resources/sample/pages");
    private static IriMinter iris;
    private static CodeLists codeLists;
    private static Gazetteer gazetteer;
    private static PageParser parser;
    private static RecordValidator validator;
    private static Graph reference;

    @BeforeAll
    static void load() {
        iris = new IriMinter(IriMinter.DEFAULT_BASE);
        codeLists = CodeLists.load();
        gazetteer = Gazetteer.load();
        parser = new PageParser(gazetteer);
        reference = GraphFactory.createGraphMem();
        ReferenceMapper mapper = new ReferenceMapper(iris, codeLists);
        mapper.mapCodeLists(StreamRDFLib.graph(reference));
        mapper.mapRegions(gazetteer.regions(), StreamRDFLib.graph(reference));
        mapper.mapCountries(gazetteer.countries(), StreamRDFLib.graph(reference));
        validator = new RecordValidator(IdfShapes.load(iris.base()), reference, iris);
    }

    @Test
    void referenceDataConforms() {
        Verdict verdict = new GraphValidator(IdfShapes.load(iris.base())).validate(reference);
        assertEquals(Verdict.Outcome.CONFORMS, verdict.outcome(), () -> verdict.problems()
                .toString());
    }

    /** Validated in slices (as the build does, on several threads), a graph gets the very results of a whole run. */
    @Test
    void slicesFindWhatTheWholeRunFinds() {
        DatasetGraph data = DatasetGraphFactory.create();
        reference.find().forEachRemaining(data.getDefaultGraph()::add);
        for (String name : List.of("BW10P0006-en.txt", "CH10P0641-fr.txt", "MZ10P0504-es.txt")) {
            record(project(name)).find().forEachRemaining(data::add);
        }
        Node country = NodeFactory.createURI(iris.country("MNG"));
        data.getDefaultGraph().remove(country, IDF.alpha2.asNode(), Node.ANY);
        Node botswana = NodeFactory.createURI(iris.project("BW10P0006"));
        Node budget = NodeFactory.createLiteralDT("-5", XSDDatatype.XSDdecimal);
        data.getDefaultGraph().add(Triple.create(botswana, IDF.budgetUSD.asNode(), budget));
        Node page = data.listGraphNodes().next();
        data.add(Quad.create(page, botswana, IDF.startYear.asNode(), NodeFactory.createLiteralString("soon")));
        GraphValidator validator = new GraphValidator(IdfShapes.load(iris.base()));
        Verdict whole = validator.validate(data);
        List<org.apache.jena.shacl.validation.ReportEntry> entries = new java.util.ArrayList<>();
        List<GraphValidator.Part> parts = validator.parts(data);
        assertTrue(parts.size() > 3, "parts: " + parts.size());
        parts.forEach(part -> entries.addAll(validator.check(data, part)));
        Verdict sliced = validator.verdict(entries);
        assertEquals(Verdict.Outcome.VIOLATIONS, whole.outcome(), () -> whole.problems()
                .toString());
        assertEquals(whole.outcome(), sliced.outcome());
        assertEquals(
                whole.problems().stream().map(Problem::toString).sorted().toList(),
                sliced.problems().stream().map(Problem::toString).sorted().toList());
        assertTrue(
                whole.problems().stream().anyMatch(p -> "soon".equals(p.value())),
                () -> "the page graph's start year: " + whole.problems());
    }

    /**
     * The build's checks together (each record with the reference data, then what no record sees alone) find
     * exactly what a validation of the whole published dataset finds, with a violation of every shape seeded:
     * in a project, a page, a page's graph, the reference data, the description, and a page two projects share.
     */
    @Test
    void recordChecksAndTheEndCheckFindWhatTheWholeCheckFinds() {
        Graph tampered = GraphFactory.createGraphMem();
        reference.find().forEachRemaining(tampered::add);
        tampered.remove(NodeFactory.createURI(iris.country("MNG")), IDF.alpha2.asNode(), Node.ANY);
        tampered.remove(NodeFactory.createURI(iris.region("142")), IDF.level.asNode(), Node.ANY);
        RecordValidator withTampered = new RecordValidator(IdfShapes.load(iris.base()), tampered, iris);
        List<MergedProject> projects =
                List.of(project("BW10P0006-en.txt"), project("CH10P0641-fr.txt"), project("MZ10P0504-es.txt"));
        List<DatasetGraph> records = new java.util.ArrayList<>();
        projects.forEach(p -> records.add(record(p)));
        Node bw = NodeFactory.createURI(iris.project("BW10P0006"));
        Node bwPage = NodeFactory.createURI(
                iris.page(projects.get(0).pages().get(0).source().sha256()));
        DatasetGraph first = records.get(0);
        first.getDefaultGraph().remove(bw, IDF.budgetUSD.asNode(), Node.ANY);
        first.getDefaultGraph().add(Triple.create(bw, IDF.budgetUSD.asNode(), decimal("-5")));
        first.getDefaultGraph().remove(bwPage, IDF.layout.asNode(), Node.ANY);
        first.getDefaultGraph().add(Triple.create(bwPage, IDF.layout.asNode(), NodeFactory.createLiteralString("odd")));
        first.add(Quad.create(bwPage, bw, IDF.startYear.asNode(), NodeFactory.createLiteralString("soon")));
        Node ch = NodeFactory.createURI(iris.project("CH10P0641"));
        records.get(1)
                .getDefaultGraph()
                .add(Triple.create(ch, IDF.primaId.asNode(), NodeFactory.createLiteralString("CH10X0641")));
        // The same bytes saved under another name in the third project: its record holds the page as well.
        Node mz = NodeFactory.createURI(iris.project("MZ10P0504"));
        DatasetGraph third = records.get(2);
        third.getDefaultGraph().add(Triple.create(mz, PROV.wasDerivedFrom.asNode(), bwPage));
        first.getDefaultGraph()
                .find(bwPage, Node.ANY, Node.ANY)
                .filterDrop(t -> t.getPredicate().equals(IDF.file.asNode()))
                .forEachRemaining(third.getDefaultGraph()::add);
        third.getDefaultGraph()
                .add(Triple.create(bwPage, IDF.file.asNode(), NodeFactory.createLiteralString("copy.txt")));
        third.add(Quad.create(bwPage, mz, DCTerms.title.asNode(), NodeFactory.createLiteralLang("Copy", "en")));
        // Two projects with one Prima ID: each record is fine alone.
        third.getDefaultGraph().remove(mz, IDF.primaId.asNode(), Node.ANY);
        third.getDefaultGraph()
                .add(Triple.create(mz, IDF.primaId.asNode(), NodeFactory.createLiteralString("BW10P0006")));
        DatasetGraph published = DatasetGraphFactory.create();
        tampered.find().forEachRemaining(published.getDefaultGraph()::add);
        records.forEach(r -> r.find().forEachRemaining(published::add));
        Node dataset = NodeFactory.createURI(iris.dataset());
        published
                .getDefaultGraph()
                .add(Triple.create(
                        dataset,
                        org.apache.jena.vocabulary.RDF.type.asNode(),
                        org.apache.jena.vocabulary.DCAT.Dataset.asNode()));

        GraphValidator validator = new GraphValidator(IdfShapes.load(iris.base()));
        java.util.Set<String> whole =
                keys(validator.validate(published).report().getEntries());
        java.util.Set<String> built = new java.util.TreeSet<>();
        for (int i = 0; i < projects.size(); i++) {
            built.addAll(keys(withTampered
                    .validate(projects.get(i), records.get(i))
                    .report()
                    .getEntries()));
        }
        List<org.apache.jena.shacl.validation.ReportEntry> end = new java.util.ArrayList<>();
        validator.acrossRecords(published).forEach(part -> end.addAll(validator.check(published, part)));
        built.addAll(keys(end));
        assertTrue(whole.size() >= 8, () -> "every seeded violation found: " + whole);
        assertEquals(
                2,
                whole.stream()
                        .filter(k -> k.contains("SPARQLConstraintComponent"))
                        .count(),
                () -> "both projects sharing a Prima ID: " + whole);
        assertEquals(whole, built);
        assertTrue(
                keys(end).stream().anyMatch(k -> k.contains("copy.txt") || k.contains(IDF.file.getURI())),
                () -> "the shared page: " + keys(end));
    }

    private static java.util.Set<String> keys(
            java.util.Collection<org.apache.jena.shacl.validation.ReportEntry> entries) {
        java.util.Set<String> keys = new java.util.TreeSet<>();
        for (org.apache.jena.shacl.validation.ReportEntry e : entries) {
            keys.add(e.focusNode() + " " + e.resultPath() + " " + e.sourceConstraintComponent() + " " + e.value());
        }
        return keys;
    }

    private static Node decimal(String lexical) {
        return NodeFactory.createLiteralDT(lexical, XSDDatatype.XSDdecimal);
    }

    /** What a page says is checked in the page's own graph and reported at that page's file and line. */
    @Test
    void aWrongValueInAPageGraphIsLocatedAtThatPage() {
        MergedProject project = project("BW10P0006-en.txt");
        DatasetGraph record = record(project);
        ProjectPage page = project.pages().get(0);
        Node graph = NodeFactory.createURI(iris.page(page.source().sha256()));
        Node s = NodeFactory.createURI(iris.project(project.key()));
        record.getGraph(graph).remove(s, IDF.budgetUSD.asNode(), Node.ANY);
        record.add(Quad.create(
                graph, s, IDF.budgetUSD.asNode(), NodeFactory.createLiteralDT("-1", XSDDatatype.XSDdecimal)));
        Verdict verdict = validator.validate(project, record);
        assertFalse(verdict.publishable());
        Problem p = only(verdict, Field.BUDGET);
        assertEquals(page.source().path(), p.source());
        assertEquals(page.lineOf(Field.BUDGET), p.line());
        assertEquals("-1", p.value());
    }

    @Test
    void samplePagesConform() {
        for (String name : List.of("BW10P0006-en.txt", "CH10P0641-fr.txt", "V43-805-en.txt", "MZ10P0504-es.txt")) {
            MergedProject project = project(name);
            Verdict verdict = validator.validate(project, record(project));
            assertTrue(verdict.publishable(), () -> name + ": " + verdict.problems());
            assertTrue(verdict.problems().stream().noneMatch(Problem::isError), name);
        }
    }

    @Test
    void endYearBeforeStartYearIsAViolationLocatedAtTheStartYearLine() {
        MergedProject project = project("BW10P0006-en.txt");
        DatasetGraph record = record(project);
        Graph g = record.getDefaultGraph();
        Node s = NodeFactory.createURI(iris.project(project.key()));
        g.remove(s, IDF.endYear.asNode(), Node.ANY);
        g.add(Triple.create(s, IDF.endYear.asNode(), NodeFactory.createLiteralDT("2001", XSDDatatype.XSDgYear)));
        Verdict verdict = validator.validate(project, record);
        assertEquals(Verdict.Outcome.VIOLATIONS, verdict.outcome());
        Problem p = only(verdict, Field.START_YEAR);
        ProjectPage page = project.pages().get(0);
        assertEquals(page.source().path(), p.source());
        assertEquals(page.lineOf(Field.START_YEAR), p.line());
        assertTrue(p.line() > 0, p::toString);
    }

    @Test
    void negativeBudgetBadPrimaIdAndUntaggedTitleAreViolations() {
        MergedProject project = project("BW10P0006-en.txt");
        DatasetGraph record = record(project);
        Graph g = record.getDefaultGraph();
        Node s = NodeFactory.createURI(iris.project(project.key()));
        g.remove(s, IDF.budgetUSD.asNode(), Node.ANY);
        g.add(Triple.create(s, IDF.budgetUSD.asNode(), NodeFactory.createLiteralDT("-5", XSDDatatype.XSDdecimal)));
        g.add(Triple.create(s, IDF.primaId.asNode(), NodeFactory.createLiteralString("BW10X0006")));
        g.add(Triple.create(s, DCTerms.title.asNode(), NodeFactory.createLiteralString("no language")));
        Verdict verdict = validator.validate(project, record);
        assertFalse(verdict.publishable());
        only(verdict, Field.BUDGET);
        assertTrue(verdict.problems().stream().anyMatch(p -> p.field() == Field.PRIMA_ID && p.isError()));
        assertTrue(verdict.problems().stream().anyMatch(p -> p.field() == Field.TITLE && p.isError()));
    }

    @Test
    void beneficiaryMustBeAKnownCountryAndStatusFromTheStatusList() {
        MergedProject project = project("BW10P0006-en.txt");
        DatasetGraph record = record(project);
        Graph g = record.getDefaultGraph();
        Node s = NodeFactory.createURI(iris.project(project.key()));
        g.add(Triple.create(s, IDF.beneficiary.asNode(), NodeFactory.createURI(iris.base() + "country/XXX")));
        g.remove(s, IDF.status.asNode(), Node.ANY);
        g.add(Triple.create(
                s,
                IDF.status.asNode(),
                NodeFactory.createURI(iris.concept(org.w3id.iomidf.record.CodeScheme.COVERAGE, "national"))));
        Verdict verdict = validator.validate(project, record);
        assertFalse(verdict.publishable());
        assertTrue(
                verdict.problems().stream().anyMatch(p -> p.field() == Field.COUNTRIES && p.isError()),
                () -> verdict.problems().toString());
        assertTrue(
                verdict.problems().stream().anyMatch(p -> p.field() == Field.STATUS && p.isError()),
                () -> verdict.problems().toString());
    }

    @Test
    void unresolvedBeneficiaryIsAWarningAndStillPublishable() {
        MergedProject project = project("BW10P0006-en.txt");
        DatasetGraph record = record(project);
        Graph g = record.getDefaultGraph();
        Node s = NodeFactory.createURI(iris.project(project.key()));
        g.add(Triple.create(s, IDF.unresolvedBeneficiary.asNode(), NodeFactory.createLiteralString("Atlantis")));
        Verdict verdict = validator.validate(project, record);
        assertEquals(Verdict.Outcome.WARNINGS, verdict.outcome(), () -> verdict.problems()
                .toString());
        Problem p = only(verdict, Field.COUNTRIES);
        assertEquals("Atlantis", p.value());
        assertFalse(p.isError());
    }

    private static Problem only(Verdict verdict, Field field) {
        List<Problem> found =
                verdict.problems().stream().filter(p -> p.field() == field).toList();
        assertEquals(1, found.size(), () -> field + " in " + verdict.problems());
        return found.get(0);
    }

    private static MergedProject project(String file) {
        ProjectPage page = parser.parse(PAGES.resolve(file)).page().orElseThrow();
        return new ProjectMerger().merge(List.of(page));
    }

    private static DatasetGraph record(MergedProject project) {
        DatasetGraph record = DatasetGraphFactory.create();
        new ProjectMapper(iris, codeLists, org.w3id.iomidf.country.Gazetteer.load())
                .map(project, StreamRDFLib.dataset(record));
        return record;
    }
}
