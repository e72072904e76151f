package org.w3id.iomidf.serve;

import java.util.Iterator;
import org.apache.jena.fuseki.servlets.HttpAction;
import org.apache.jena.fuseki.servlets.SPARQL_QueryDataset;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.Query;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.QueryExecResult;
import org.apache.jena.sparql.graph.GraphFactory;

/**
 * Fuseki's query operation with a bound on the size of every answer. A SELECT is run with its LIMIT lowered to
 * one row past {@link Limits#maxRows()}, so the engine stops early (and an ORDER BY keeps only what it needs);
 * that one extra row is never sent, it only tells that the answer was cut. CONSTRUCT and DESCRIBE results are
 * collected triple by triple and stop at the same number. A cut answer carries {@link Limits#TRUNCATED}.
 */
final class BoundedQuery extends SPARQL_QueryDataset {

    private final Limits limits;

    BoundedQuery(Limits limits) {
        this.limits = limits;
    }

    @Override
    protected void validateQuery(HttpAction action, Query query) {
        super.validateQuery(action, query);
        if (query.isSelectType() && (!query.hasLimit() || query.getLimit() > limits.maxRows())) {
            query.setLimit(limits.maxRows() + 1);
        }
    }

    @Override
    protected QueryExecResult executeQuery(HttpAction action, QueryExec exec, Query query, String log) {
        Runnable cut = () -> action.setResponseHeader(Limits.TRUNCATED, limits.truncated());
        if (query.isSelectType()) {
            QueryExecResult all = super.executeQuery(action, exec, query, log);
            return new QueryExecResult(new CappedRows(all.rowSet(), limits.maxRows(), cut));
        }
        if (query.isConstructType() && query.isConstructQuad()) {
            return new QueryExecResult(quads(exec.constructQuads(), cut));
        }
        if (query.isConstructType() || query.isDescribeType()) {
            Iterator<Triple> triples = query.isConstructType() ? exec.constructTriples() : exec.describeTriples();
            Graph g = triples(triples, cut);
            g.getPrefixMapping().setNsPrefixes(query.getPrefixMapping());
            return new QueryExecResult(g);
        }
        return super.executeQuery(action, exec, query, log);
    }

    private Graph triples(Iterator<Triple> triples, Runnable cut) {
        Graph g = GraphFactory.createDefaultGraph();
        while (triples.hasNext()) {
            Triple t = triples.next();
            if (g.size() >= limits.maxRows() && !g.contains(t)) {
                cut.run();
                break;
            }
            g.add(t);
        }
        return g;
    }

    private DatasetGraph quads(Iterator<Quad> quads, Runnable cut) {
        DatasetGraph d = DatasetGraphFactory.create();
        long n = 0;
        while (quads.hasNext()) {
            Quad q = quads.next();
            if (n >= limits.maxRows() && !d.contains(q)) {
                cut.run();
                break;
            }
            if (!d.contains(q)) {
                d.add(q);
                n++;
            }
        }
        return d;
    }
}
