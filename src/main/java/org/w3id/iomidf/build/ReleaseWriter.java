package org.w3id.iomidf.build;

import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.shacl.validation.ReportEntry;
import org.w3id.iomidf.map.IriMinter;
import org.w3id.iomidf.map.PrefixTable;
import org.w3id.iomidf.release.Checksums;
import org.w3id.iomidf.release.Credits;
import org.w3id.iomidf.release.DatasetDescription;
import org.w3id.iomidf.release.Dump;
import org.w3id.iomidf.release.DumpFile;
import org.w3id.iomidf.release.ReleaseChanges;
import org.w3id.iomidf.release.ReleaseLayout;
import org.w3id.iomidf.release.ReleaseManifest;
import org.w3id.iomidf.release.Releases;
import org.w3id.iomidf.store.Database;
import org.w3id.iomidf.store.DumpWriter;
import org.w3id.iomidf.store.OffThread;
import org.w3id.iomidf.store.ProjectTable;
import org.w3id.iomidf.store.SearchIndex;
import org.w3id.iomidf.store.Tee;
import org.w3id.iomidf.validate.GraphValidator;
import org.w3id.iomidf.validate.IdfShapes;
import org.w3id.iomidf.validate.Verdict;

/**
 * One release folder being written ({@code releases/<id>.tmp}): the store, the dumps and the full-text index
 * written from one stream (each on a thread of its own), then
 * the dataset description, the final validation of what no record could be validated for alone, and {@code release.json} last.
 */
final class ReleaseWriter implements AutoCloseable {
    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(ReleaseWriter.class);
    /** @param triples statements of the published dataset (default graph); {@code claims} of the page graphs */
    record Loaded(int published, int unresolved, long triples, long claims) {}

    /**
     * The release's place in its folder's history.
     *
     * @param version its number, the previous release's plus one
     * @param previous the id of the release it follows, or null
     * @param changes what changed against that release
     * @param earlier the kept releases before it as versions, oldest first
     */
    record Place(int version, String previous, ReleaseChanges changes, List<DatasetDescription.Version> earlier) {}

    private final Path dir;
    private final IriMinter iris;
    private final ReferenceData reference;
    private final IdfShapes finalShapes;
    private final Database db;

    ReleaseWriter(Path dir, IriMinter iris, ReferenceData reference, IdfShapes finalShapes) {
        this.dir = dir;
        this.iris = iris;
        this.reference = reference;
        this.finalShapes = finalShapes;
        this.db = new Database(dir.resolve(ReleaseLayout.TDB2));
    }

    Loaded load(FirstPass first, Publisher.Parts parts, BuildReport report, boolean progress) throws IOException {
        Path dumps = Files.createDirectories(dir.resolve(ReleaseLayout.DUMPS));
        StreamRDF loader = db.startLoading();
        Tee tee;
        Publisher publisher;
        OffThread written = null;
        OffThread indexed = null;
        SearchIndex.Writer text = SearchIndex.writer(dir.resolve(ReleaseLayout.TEXT));
        try (DumpWriter out = new DumpWriter(dumps);
                Writer csv = Files.newBufferedWriter(dumps.resolve(Dump.CSV.fileName()));
                ProjectTable table = new ProjectTable(csv, iris, reference.codeLists(), reference.gazetteer());
                Progress bar = new Progress(
                        progress, "publishing projects", first.groups().size())) {
            // This thread feeds the store's loader; the dumps are written on a thread of their own.
            written = out.stream();
            // The text index is written from the same stream, on a third thread (it indexes the default graph).
            indexed = new OffThread("text-index", text);
            tee = new Tee(List.of(loader, written, indexed), List.of(loader, written));
            tee.start();
            prefixes(tee);
            reference.emit(tee);
            publisher = new Publisher(parts, table, report, tee);
            publisher.publishAll(first, bar::step);
            tee.finish();
        } catch (IOException | RuntimeException e) {
            for (OffThread t : new OffThread[] {written, indexed}) {
                if (t != null) {
                    t.abandon();
                }
            }
            text.close();
            db.abandon(e);
            throw e;
        }
        db.finishLoading();
        return new Loaded(publisher.published(), publisher.unresolved(), tee.triples(), tee.quads());
    }

    /**
     * Writes checksums and void.ttl, loads the description into the store, writes the optimiser's statistics of
     * the store as it will be served, and validates what no record could be validated for alone (the description,
     * the reference data, shared pages, identifiers shared between projects).
     */
    void describe(Loaded loaded, Instant started, Instant ended, Credits credits, Place place) throws IOException {
        Path dumps = dir.resolve(ReleaseLayout.DUMPS);
        List<DumpFile> files = new ArrayList<>();
        files.add(dump(dumps, Dump.TURTLE));
        DumpFile ntriples = dump(dumps, Dump.NTRIPLES);
        files.add(ntriples);
        files.add(dump(dumps, Dump.JSONLD));
        files.add(dump(dumps, Dump.CLAIMS));
        files.add(dump(dumps, Dump.CSV));
        ProjectTable.writeMetadata(dumps);
        files.add(dump(dumps, Dump.CSVW));
        Map<String, Long> classes = db.classes();
        long entities = classes.values().stream().mapToLong(Long::longValue).sum();
        List<String> years = db.years();
        List<DatasetDescription.Version> versions = new ArrayList<>(place.earlier());
        versions.add(new DatasetDescription.Version(
                id(),
                String.valueOf(place.version()),
                started,
                loaded.triples(),
                ntriples,
                years.get(0),
                years.get(1),
                place.changes().summary(),
                place.previous()));
        Model description = DatasetDescription.of(
                iris,
                new DatasetDescription.Facts(
                        loaded.triples(),
                        loaded.claims(),
                        entities,
                        classes,
                        files,
                        years.get(0),
                        years.get(1),
                        started,
                        ended,
                        versions),
                credits);
        try (OutputStream out = Files.newOutputStream(dumps.resolve(Dump.DESCRIPTION.fileName()))) {
            RDFDataMgr.write(out, description, RDFFormat.TURTLE_PRETTY);
        }
        Checksums.write(dumps.resolve(Dump.DESCRIPTION.fileName()));
        db.add(description.getGraph());
        db.writeStatistics();
        GraphValidator validator = new GraphValidator(finalShapes);
        List<GraphValidator.Part> parts = db.readAll(validator::acrossRecords);
        List<ReportEntry> results = new ArrayList<>();
        // Each slice reads the store in a transaction of the worker's own (TDB2 transactions are per thread).
        InOrder.run(parts, part -> db.readAll(dataset -> validator.check(dataset, part)), results::addAll);
        Verdict verdict = validator.verdict(results);
        if (!verdict.publishable()) {
            Path file = Files.createDirectories(dir.resolve(ReleaseLayout.REPORT))
                    .resolve("published-graph-violations.ttl");
            try (OutputStream out = Files.newOutputStream(file)) {
                RDFDataMgr.write(out, verdict.report().getModel(), RDFFormat.TURTLE_PRETTY);
            }
            throw new BuildFailure("the published graph does not conform to the shapes ("
                    + verdict.problems().size() + " results, see " + file + "); the live release is unchanged");
        }
    }

    /** Writes {@code release.json}, whose presence marks the release complete. */
    void finish(BuildSummary summary, Instant started, Place place) throws IOException {
        new ReleaseManifest(
                        id(),
                        started,
                        iris.base(),
                        summary.pagesRead(),
                        summary.otherFiles(),
                        summary.published(),
                        summary.quarantined(),
                        summary.warnings(),
                        summary.triples(),
                        db.triples(),
                        place.version(),
                        place.previous())
                .write(dir);
    }

    /** The release's id: its folder's name once published. */
    private String id() {
        String name = dir.getFileName().toString();
        return name.endsWith(Releases.TMP) ? name.substring(0, name.length() - Releases.TMP.length()) : name;
    }

    @Override
    public void close() {
        db.close();
    }

    private static DumpFile dump(Path dumps, Dump dump) throws IOException {
        Path file = dumps.resolve(dump.fileName());
        return new DumpFile(dump.fileName(), dump.mediaType(), Files.size(file), Checksums.write(file));
    }

    private void prefixes(StreamRDF sink) {
        PrefixTable.of(iris).forEach(sink::prefix);
    }
}
