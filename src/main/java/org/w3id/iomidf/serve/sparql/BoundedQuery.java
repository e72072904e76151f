package org.w3id.iomidf.serve.sparql;

import java.time.Duration;
import java.util.Iterator;
import org.apache.jena.fuseki.servlets.HttpAction;
import org.apache.jena.fuseki.servlets.SPARQL_QueryDataset;
import org.apache.jena.fuseki.servlets.ServletOps;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.Query;
import org.apache.jena.sparql.algebra.Algebra;
import org.apache.jena.sparql.algebra.OpVisitorBase;
import org.apache.jena.sparql.algebra.OpWalker;
import org.apache.jena.sparql.algebra.op.OpPath;
import org.apache.jena.sparql.algebra.op.OpService;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.QueryExecResult;
import org.apache.jena.sparql.graph.GraphFactory;

/**
 * Fuseki's query operation within the server's bounds. A SELECT is run with its LIMIT lowered to one row past
 * {@link Limits#maxRows()}, so the engine stops early (and an ORDER BY keeps only what it needs); that one
 * extra row is never sent, it only tells that the answer was cut. CONSTRUCT and DESCRIBE results are collected
 * triple by triple and stop at the same number, or at the answer size. A cut answer carries
 * {@link Limits#TRUNCATED}. Each query gets a {@link QueryBudget} and is watched by the {@link QueryWatch}; a
 * SERVICE naming an endpoint off the {@link Federation} list is refused before the query starts, so is a path
 * repeating a step more than {@link WatchedPaths#MAX_REPEAT} times, and a query nested too deeply for the
 * engine is refused rather than crashing it.
 */
final class BoundedQuery extends SPARQL_QueryDataset {

    /** The request attribute that carries the query's budget to {@link SparqlFilter}. */
    static final String BUDGET = QueryBudget.class.getName();

    private static final String RUNNING = QueryWatch.Running.class.getName();

    private final Limits limits;
    private final Federation federation;
    private final Duration timeout;
    private final long maxResultBytes;
    private final QueryWatch watch;

    public BoundedQuery(Limits limits, Federation federation, Duration timeout, long maxResultBytes, QueryWatch watch) {
        this.limits = limits;
        this.federation = federation;
        this.timeout = timeout;
        this.maxResultBytes = maxResultBytes;
        this.watch = watch;
    }

    @Override
    protected void execute(String queryString, HttpAction action) {
        try {
            super.execute(queryString, action);
        } catch (StackOverflowError e) {
            ServletOps.errorBadRequest("the query is nested too deeply (or has too many UNION branches) to run here");
        } finally {
            if (action.getRequest().getAttribute(RUNNING) instanceof QueryWatch.Running r) {
                watch.end(r);
            }
        }
    }

    @Override
    protected void validateQuery(HttpAction action, Query query) {
        super.validateQuery(action, query);
        OpWalker.walk(Algebra.compile(query), new OpVisitorBase() {
            @Override
            public void visit(OpService op) {
                Node service = op.getService();
                if (service.isURI() && !federation.allows(service.getURI())) {
                    ServletOps.errorBadRequest(federation.refusal(service.getURI()));
                }
            }

            @Override
            public void visit(OpPath op) {
                if (WatchedPaths.repeats(op.getTriplePath().getPath()) > WatchedPaths.MAX_REPEAT) {
                    ServletOps.errorBadRequest("a property path may repeat a step at most " + WatchedPaths.MAX_REPEAT
                            + " times ({n,m} with m up to " + WatchedPaths.MAX_REPEAT + "); use * or + for any length");
                }
            }
        });
        if (query.isSelectType() && (!query.hasLimit() || query.getLimit() > limits.maxRows())) {
            query.setLimit(limits.maxRows() + 1);
        }
    }

    @Override
    protected QueryExec createQueryExec(HttpAction action, Query query, DatasetGraph dataset) {
        QueryExec exec = super.createQueryExec(action, query, dataset);
        QueryBudget budget = new QueryBudget(timeout, limits);
        exec.getContext().set(QueryBudget.SYMBOL, budget);
        action.getRequest().setAttribute(BUDGET, budget);
        action.getRequest().setAttribute(RUNNING, watch.start(exec, budget, timeout));
        return exec;
    }

    @Override
    protected QueryExecResult executeQuery(HttpAction action, QueryExec exec, Query query, String log) {
        Runnable cut = () -> action.setResponseHeader(Limits.TRUNCATED, limits.truncated());
        QueryBudget budget = QueryBudget.of(exec.getContext());
        if (query.isSelectType()) {
            QueryExecResult all = super.executeQuery(action, exec, query, log);
            return new QueryExecResult(new CappedRows(all.rowSet(), limits.maxRows(), cut));
        }
        if (query.isConstructType() && query.isConstructQuad()) {
            return new QueryExecResult(quads(exec.constructQuads(), cut, budget));
        }
        if (query.isConstructType() || query.isDescribeType()) {
            Iterator<Triple> triples = query.isConstructType() ? exec.constructTriples() : exec.describeTriples();
            Graph g = triples(triples, cut, budget);
            g.getPrefixMapping().setNsPrefixes(query.getPrefixMapping());
            return new QueryExecResult(g);
        }
        return super.executeQuery(action, exec, query, log);
    }

    private Graph triples(Iterator<Triple> triples, Runnable cut, QueryBudget budget) {
        Graph g = GraphFactory.createDefaultGraph();
        long chars = 0;
        while (triples.hasNext()) {
            Triple t = triples.next();
            if (g.contains(t)) {
                continue;
            }
            if (g.size() >= limits.maxRows()) {
                cut.run();
                break;
            }
            chars = held(chars + size(t.getSubject()) + size(t.getPredicate()) + size(t.getObject()), budget);
            g.add(t);
        }
        return g;
    }

    private DatasetGraph quads(Iterator<Quad> quads, Runnable cut, QueryBudget budget) {
        DatasetGraph d = DatasetGraphFactory.create();
        long n = 0;
        long chars = 0;
        while (quads.hasNext()) {
            Quad q = quads.next();
            if (n >= limits.maxRows() && !d.contains(q)) {
                cut.run();
                break;
            }
            if (!d.contains(q)) {
                Node g = q.getGraph();
                chars = held(
                        chars + size(g) + size(q.getSubject()) + size(q.getPredicate()) + size(q.getObject()), budget);
                d.add(q);
                n++;
            }
        }
        return d;
    }

    /** Stops a CONSTRUCT or DESCRIBE whose triples already hold more text than an answer may have. */
    private long held(long chars, QueryBudget budget) {
        if (chars > maxResultBytes) {
            throw budget.stop(400, HeldBody.tooLarge(maxResultBytes));
        }
        return chars;
    }

    private static long size(Node n) {
        if (n == null) {
            return 0;
        }
        if (n.isLiteral()) {
            return n.getLiteralLexicalForm().length();
        }
        return n.isURI() ? n.getURI().length() : 16;
    }
}
