package org.w3id.iomidf.store;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import org.apache.jena.graph.Graph;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.loader.DataLoader;
import org.apache.jena.tdb2.loader.LoaderFactory;
import org.apache.jena.tdb2.solver.stats.Stats;
import org.apache.jena.tdb2.solver.stats.StatsCollectorNodeId;
import org.apache.jena.tdb2.store.DatasetGraphTDB;
import org.apache.jena.tdb2.store.nodetupletable.NodeTupleTable;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.w3id.iomidf.map.IDF;

/**
 * The fresh TDB2 database of one release: bulk-loaded from the published stream (the default graph and the page
 * graphs), then read for
 * counts and the final validation, then released so that its folder can be renamed and served.
 */
public final class Database implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(Database.class);
    private static final String CLASSES = "SELECT ?c (COUNT(DISTINCT ?s) AS ?n) WHERE { ?s a ?c } GROUP BY ?c";
    /** The first or last of a year property over the projects (years are written with four digits). */
    private static final String YEAR =
            "SELECT (%s(STR(?y)) AS ?year) WHERE { ?p a <" + IDF.Project.getURI() + "> ; <%s> ?y }";

    /** The file TDB2 reads its optimiser's statistics from, in the storage folder ({@code Data-0001}). */
    public static final String STATISTICS = "stats.opt";

    private final DatasetGraph dsg;
    private DataLoader loader;

    public Database(Path dir) {
        this.dsg = DatabaseMgr.connectDatasetGraph(dir.toString());
    }

    /** Starts the bulk load; triples sent to the returned stream go to the default graph, quads to their graph. */
    public StreamRDF startLoading() {
        // The phased loader (plain tdb2.tdbloader's default) takes the triples from this thread, allocates node
        // ids in arrival order and builds the indexes on threads of its own: same stream, same database.
        loader = LoaderFactory.phasedLoader(dsg, (fmt, args) -> LOG.debug(fmt, args));
        loader.startBulk();
        return loader.stream();
    }

    public void finishLoading() {
        loader.finishBulk();
        loader = null;
    }

    /**
     * Writes the statistics TDB2's query optimiser reads when the database is opened ({@code stats.opt} in the
     * storage folder, as {@code tdb2.tdbstats} makes them): how many triples each predicate and each class has, so
     * that a query's patterns are joined from the most selective. Counts the default graph, which the queries read.
     */
    public void writeStatistics() {
        Txn.executeRead(dsg, () -> {
            DatasetGraphTDB tdb = TDBInternal.getDatasetGraphTDB(dsg);
            NodeTupleTable triples = tdb.getTripleTable().getNodeTupleTable();
            StatsCollectorNodeId stats = new StatsCollectorNodeId(triples.getNodeTable());
            triples.findAll().forEachRemaining(t -> stats.record(null, t.get(0), t.get(1), t.get(2)));
            Stats.write(tdb.getLocation().getPath(STATISTICS), stats.results());
        });
    }

    /** Abandons a load that failed half-way (the database folder is then thrown away). */
    public void abandon(Exception cause) {
        if (loader != null) {
            loader.finishException(cause);
            loader = null;
        }
    }

    public long triples() {
        return read(Graph::size);
    }

    /** Distinct typed subjects per class IRI, sorted by class. */
    public Map<String, Long> classes() {
        return Txn.calculateRead(dsg, () -> {
            Map<String, Long> counts = new TreeMap<>();
            try (QueryExecution qe = QueryExecution.dataset(DatasetFactory.wrap(dsg))
                    .query(CLASSES)
                    .build()) {
                ResultSet rs = qe.execSelect();
                while (rs.hasNext()) {
                    QuerySolution s = rs.next();
                    counts.put(s.getResource("c").getURI(), s.getLiteral("n").getLong());
                }
            }
            return counts;
        });
    }

    /** The first start year and the last end year of the published projects (each null when none is known). */
    public List<String> years() {
        return Txn.calculateRead(dsg, () -> {
            try (QueryExecution qe = QueryExecution.dataset(DatasetFactory.wrap(dsg))
                            .query(String.format(YEAR, "MIN", IDF.startYear.getURI()))
                            .build();
                    QueryExecution last = QueryExecution.dataset(DatasetFactory.wrap(dsg))
                            .query(String.format(YEAR, "MAX", IDF.endYear.getURI()))
                            .build()) {
                return Arrays.asList(
                        lexical(qe.execSelect().next(), "year"),
                        lexical(last.execSelect().next(), "year"));
            }
        });
    }

    private static String lexical(QuerySolution s, String var) {
        return s.contains(var) ? s.getLiteral(var).getLexicalForm() : null;
    }

    public void add(Graph graph) {
        Txn.executeWrite(dsg, () -> graph.find()
                .forEachRemaining(t -> dsg.getDefaultGraph().add(t)));
    }

    <T> T read(Function<Graph, T> reader) {
        return Txn.calculateRead(dsg, () -> reader.apply(dsg.getDefaultGraph()));
    }

    /** Reads the whole dataset, the page graphs included. */
    public <T> T readAll(Function<DatasetGraph, T> reader) {
        return Txn.calculateRead(dsg, () -> reader.apply(dsg));
    }

    @Override
    public void close() {
        TDBInternal.expel(dsg);
    }
}
