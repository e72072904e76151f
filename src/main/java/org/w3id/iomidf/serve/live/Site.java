package org.w3id.iomidf.serve.live;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.function.Function;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.ResourceFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.w3id.iomidf.map.IDF;
import org.w3id.iomidf.map.IriMinter;
import org.w3id.iomidf.map.PrefixTable;
import org.w3id.iomidf.release.LiveRelease;

/**
 * What every servlet of the server shares: the release, its read-only data, its base IRI, and the ontology
 * that names the properties shown on pages.
 *
 * @param release  the release served
 * @param data     its database, read-only
 * @param triples  the number of triples in the default graph (from {@code release.json}, else counted at start)
 * @param ontology the ontology document (empty if the build carries none)
 * @param labels   names of properties and classes for pages
 * @param examples the published example queries, read once per release (warming, the landing page, the editor)
 */
public record Site(
        LiveRelease release,
        DatasetGraph data,
        long triples,
        Model ontology,
        TermNames labels,
        List<ExampleQueries.Example> examples) {

    /** The fixed namespace of the vocabulary, independent of the base IRI of the data. */
    public static final String ONTOLOGY_NS = IDF.NS;
    /** The ontology document's IRI: the namespace without its {@code #}. */
    public static final String ONTOLOGY = IDF.ONTOLOGY;

    /** The prefixes of the queries pages are made from, also shown with each page's query. */
    static final String PREFIXES = PrefixTable.sparql();

    public static Site of(LiveRelease release, DatasetGraph data) {
        // Counting a TDB2 graph reads a whole index (seconds on a large build): the build wrote the count down.
        // The first read opens the indexes, so the first request does not pay for it.
        long counted = release.storeTriples();
        checkReadable(release, data, counted);
        long triples = counted >= 0
                ? counted
                : Txn.calculateRead(data, () -> data.getDefaultGraph().size());
        Model ontology = classpathTurtle("/ontology/idf.ttl", ONTOLOGY);
        Model names =
                ModelFactory.createDefaultModel().add(ontology).add(classpathTurtle("/serve/labels.ttl", ONTOLOGY));
        return new Site(release, data, triples, ontology, new TermNames(names), ExampleQueries.load(release.base()));
    }

    /**
     * Proves the store answers with a read of one triple (a count would read a whole index on every call).
     *
     * @throws IllegalStateException if it returns nothing although the build counted {@code triples} in it
     */
    public static void checkReadable(LiveRelease release, DatasetGraph data, long triples) {
        boolean empty =
                Txn.calculateRead(data, () -> !data.getDefaultGraph().find().hasNext());
        if (empty && triples > 0) {
            throw new IllegalStateException(
                    "the store of release " + release.id() + " is empty, but its release.json counts " + triples);
        }
    }

    /** Whether the store still answers; see {@link #checkReadable}. */
    public void checkReadable() {
        checkReadable(release, data, triples);
    }

    public String base() {
        return release.base();
    }

    public String datasetIri() {
        return new IriMinter(base()).dataset();
    }

    /**
     * Runs a query on the data inside a read transaction, with {@code ?this} bound to {@code subject} (bound by
     * substitution, so no request text is ever pasted into a query).
     */
    /** Runs {@code sparql} (after the dataset's prefixes) in a read transaction. */
    public <T> T select(String sparql, Function<QueryExecution, T> use) {
        Query q = QueryFactory.create(PREFIXES + sparql);
        return Txn.calculateRead(data, () -> {
            try (QueryExecution qe =
                    QueryExecution.dataset(DatasetFactory.wrap(data)).query(q).build()) {
                return use.apply(qe);
            }
        });
    }

    /** The prefixes every query of the site starts with, as SPARQL. */
    public String prefixes() {
        return PREFIXES;
    }

    public <T> T query(String sparql, String subject, Function<QueryExecution, T> use) {
        Query q = QueryFactory.create(PREFIXES + sparql);
        Dataset ds = DatasetFactory.wrap(data);
        return Txn.calculateRead(data, () -> {
            try (QueryExecution qe = QueryExecution.dataset(ds)
                    .query(q)
                    .substitution("this", ResourceFactory.createResource(subject))
                    .build()) {
                return use.apply(qe);
            }
        });
    }

    /** The local path that answers for {@code iri}, or null when the IRI is not served here. */
    public String pathOf(String iri) {
        if (iri.startsWith(ONTOLOGY_NS)) {
            return "/ontology#" + iri.substring(ONTOLOGY_NS.length());
        }
        if (iri.equals(ONTOLOGY)) {
            return "/ontology";
        }
        if (iri.startsWith(base()) && iri.length() > base().length()) {
            return "/" + iri.substring(base().length());
        }
        return null;
    }

    public static Model classpathTurtle(String resource, String base) {
        Model m = ModelFactory.createDefaultModel();
        try (InputStream in = Site.class.getResourceAsStream(resource)) {
            if (in != null) {
                RDFParser.source(in).base(base).lang(Lang.TURTLE).parse(m);
            }
        } catch (IOException e) {
            throw new IllegalStateException("cannot read " + resource + " from the classpath", e);
        }
        return m;
    }
}
