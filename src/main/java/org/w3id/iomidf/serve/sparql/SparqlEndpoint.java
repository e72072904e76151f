package org.w3id.iomidf.serve.sparql;

import jakarta.servlet.Filter;
import java.time.Duration;
import java.util.function.LongSupplier;
import java.util.function.Supplier;
import org.apache.jena.fuseki.servlets.ActionService;
import org.apache.jena.query.ARQ;
import org.apache.jena.sparql.util.Context;
import org.w3id.iomidf.serve.http.SlowClients;

/**
 * The SPARQL endpoint and everything that bounds it, as the server wires it: the settings every query runs with
 * ({@link #bound(Context)}: timeout, the SERVICE guard, the bounded functions, the checked {@code text:query}), the
 * query operation that enforces the per-query budget ({@link #operation}), and the filter in front of it
 * ({@link #filter}: protocol check, admission, held answers, the answer cache, the Service Description). Closing it
 * stops its query watchdog.
 *
 * <pre>{@code
 * try (SparqlEndpoint sparql = new SparqlEndpoint(limits, federation, timeout, maxResultBytes, cacheBytes)) {
 *     sparql.bound(context);
 *     builder.registerOperation(Operation.Query, sparql.operation())
 *             .addFilter("/sparql", sparql.filter(datasetIri, triples, root, slow));
 * }
 * }</pre>
 */
public final class SparqlEndpoint implements AutoCloseable {
    private final Limits limits;
    private final Federation federation;
    private final Duration timeout;
    private final long maxResultBytes;
    private final long cacheBytes;
    private final QueryWatch watch = new QueryWatch();

    /**
     * @param maxResultBytes the largest answer sent
     * @param cacheBytes     the answer cache's size (0: no cache)
     */
    public SparqlEndpoint(
            Limits limits, Federation federation, Duration timeout, long maxResultBytes, long cacheBytes) {
        this.limits = limits;
        this.federation = federation;
        this.timeout = timeout;
        this.maxResultBytes = maxResultBytes;
        this.cacheBytes = cacheBytes;
    }

    /**
     * The one place the settings every query runs with are made: the query timeout, the SERVICE guard, the bounded
     * functions, and spilling of ORDER BY, DISTINCT and similar operators to temporary files past
     * {@link Limits#maxRows()} solutions (so an expensive query is stopped by its timeout, not by the heap running
     * out). Used for the server's context and for each release's store.
     */
    public Context bound(Context context) {
        context.set(ARQ.queryTimeout, Long.toString(timeout.toMillis()));
        context.set(ARQ.spillToDiskThreshold, limits.maxRows());
        ServiceGuard.install(context, federation);
        QueryRewrite.install(context);
        // The checked text:query first: the bounded library wraps whatever registry the context holds.
        BoundedTextQuery.install(context);
        BoundedLibrary.install(context);
        WatchedPaths.install(context);
        return context;
    }

    /** Fuseki's query operation, running each query within its budget and watched to its deadline. */
    public ActionService operation() {
        return new BoundedQuery(limits, federation, timeout, maxResultBytes, watch);
    }

    /**
     * The filter in front of the operation at {@code /sparql}; the Service Description follows the release a
     * request is pinned to ({@code datasetIri}, {@code triples}) and names the endpoint at {@code root}; answers are
     * cached per {@code release}, the id of the release the request is pinned to.
     */
    public Filter filter(
            Supplier<String> release,
            Supplier<String> datasetIri,
            LongSupplier triples,
            Supplier<String> root,
            SlowClients slow) {
        return new SparqlFilter(
                release,
                new ServiceDescription(datasetIri, triples, root),
                maxResultBytes,
                timeout,
                new AnswerCache(cacheBytes),
                new QueryGate(limits),
                slow);
    }

    @Override
    public void close() {
        watch.close();
    }
}
