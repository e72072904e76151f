package org.w3id.iomidf.serve.live;

import java.util.Iterator;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.query.ReadWrite;
import org.apache.jena.query.TxnType;
import org.apache.jena.riot.system.PrefixMap;
import org.apache.jena.shared.Lock;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.util.Context;

/**
 * The dataset the SPARQL endpoint is given: every call goes to the database of the release the current request
 * pinned, so one query (its transaction, its evaluation, the writing of its results) reads one database, even
 * when a newer release is switched in while it runs. It is not a {@code DatasetGraphWrapper} on purpose: ARQ
 * unwraps those to their fixed base when it plans a query. Instead {@link PinnedQueryEngine} hands the query to
 * the engine of the pinned database (TDB2's), so queries are planned exactly as on the database itself.
 */
public final class PinnedDataset implements DatasetGraph {

    private final ReleaseSwitch releases;

    public PinnedDataset(ReleaseSwitch releases) {
        PinnedQueryEngine.register();
        this.releases = releases;
    }

    /** The read-only database of the pinned release (of the live one outside a request). */
    DatasetGraph target() {
        return releases.current().data();
    }

    @Override
    public Graph getDefaultGraph() {
        return target().getDefaultGraph();
    }

    @Override
    public Graph getGraph(Node graphNode) {
        return target().getGraph(graphNode);
    }

    @Override
    public Graph getUnionGraph() {
        return target().getUnionGraph();
    }

    @Override
    public boolean containsGraph(Node graphNode) {
        return target().containsGraph(graphNode);
    }

    @Override
    public void addGraph(Node graphName, Graph graph) {
        target().addGraph(graphName, graph);
    }

    @Override
    public void removeGraph(Node graphName) {
        target().removeGraph(graphName);
    }

    @Override
    public Iterator<Node> listGraphNodes() {
        return target().listGraphNodes();
    }

    @Override
    public void add(Quad quad) {
        target().add(quad);
    }

    @Override
    public void delete(Quad quad) {
        target().delete(quad);
    }

    @Override
    public void add(Node g, Node s, Node p, Node o) {
        target().add(g, s, p, o);
    }

    @Override
    public void delete(Node g, Node s, Node p, Node o) {
        target().delete(g, s, p, o);
    }

    @Override
    public void deleteAny(Node g, Node s, Node p, Node o) {
        target().deleteAny(g, s, p, o);
    }

    @Override
    public Iterator<Quad> find(Quad quad) {
        return target().find(quad);
    }

    @Override
    public Iterator<Quad> find(Node g, Node s, Node p, Node o) {
        return target().find(g, s, p, o);
    }

    @Override
    public Iterator<Quad> findNG(Node g, Node s, Node p, Node o) {
        return target().findNG(g, s, p, o);
    }

    @Override
    public boolean contains(Node g, Node s, Node p, Node o) {
        return target().contains(g, s, p, o);
    }

    @Override
    public boolean contains(Quad quad) {
        return target().contains(quad);
    }

    @Override
    public void clear() {
        target().clear();
    }

    @Override
    public boolean isEmpty() {
        return target().isEmpty();
    }

    @Override
    public Lock getLock() {
        return target().getLock();
    }

    @Override
    public Context getContext() {
        return target().getContext();
    }

    @Override
    public long size() {
        return target().size();
    }

    /** Closing is the switch's business (the last request on a release closes it), never a caller's. */
    @Override
    public void close() {
        // Nothing: see the javadoc.
    }

    @Override
    public PrefixMap prefixes() {
        return target().prefixes();
    }

    @Override
    public boolean supportsTransactions() {
        return true;
    }

    @Override
    public boolean supportsTransactionAbort() {
        return target().supportsTransactionAbort();
    }

    @Override
    public void begin(TxnType type) {
        target().begin(type);
    }

    @Override
    public void begin(ReadWrite readWrite) {
        target().begin(readWrite);
    }

    @Override
    public boolean promote(Promote mode) {
        return target().promote(mode);
    }

    @Override
    public void commit() {
        target().commit();
    }

    @Override
    public void abort() {
        target().abort();
    }

    @Override
    public void end() {
        target().end();
    }

    @Override
    public ReadWrite transactionMode() {
        return target().transactionMode();
    }

    @Override
    public TxnType transactionType() {
        return target().transactionType();
    }

    @Override
    public boolean isInTransaction() {
        return target().isInTransaction();
    }
}
