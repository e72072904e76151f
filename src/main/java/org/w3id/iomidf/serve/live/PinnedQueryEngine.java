package org.w3id.iomidf.serve.live;

import org.apache.jena.query.Query;
import org.apache.jena.sparql.algebra.Op;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphReadOnly;
import org.apache.jena.sparql.engine.Plan;
import org.apache.jena.sparql.engine.QueryEngineFactory;
import org.apache.jena.sparql.engine.QueryEngineRegistry;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.util.Context;

/**
 * Plans a query on a {@link PinnedDataset} with the engine its pinned database gets (TDB2's), on that database:
 * the query is bound to one release when it is planned, and reads only that release while it runs. The query is
 * planned on the database itself, not on its read-only wrapper: TDB2's engine only optimises and evaluates with
 * its indexes on its own datasets (through the wrapper, a query with a path or an OPTIONAL ran ten times slower).
 * A query cannot write, so nothing is lost; the wrapper still guards every other way in.
 */
final class PinnedQueryEngine implements QueryEngineFactory {

    private static final PinnedQueryEngine INSTANCE = new PinnedQueryEngine();

    static {
        QueryEngineRegistry.addFactory(INSTANCE);
    }

    private PinnedQueryEngine() {}

    /** Makes sure the engine is registered (once, when this class is first used). */
    static void register() {
        // Registration happens in the static initialiser.
    }

    @Override
    public boolean accept(Query query, DatasetGraph dataset, Context context) {
        return dataset instanceof PinnedDataset;
    }

    @Override
    public Plan create(Query query, DatasetGraph dataset, Binding input, Context context) {
        DatasetGraph target = queryable(((PinnedDataset) dataset).target());
        return QueryEngineRegistry.findFactory(query, target, context).create(query, target, input, context);
    }

    @Override
    public boolean accept(Op op, DatasetGraph dataset, Context context) {
        return dataset instanceof PinnedDataset;
    }

    @Override
    public Plan create(Op op, DatasetGraph dataset, Binding input, Context context) {
        DatasetGraph target = queryable(((PinnedDataset) dataset).target());
        return QueryEngineRegistry.findFactory(op, target, context).create(op, target, input, context);
    }

    /** The database under its read-only wrapper, which TDB2's engine would not recognise as its own. */
    private static DatasetGraph queryable(DatasetGraph dataset) {
        return dataset instanceof DatasetGraphReadOnly readOnly ? readOnly.getWrapped() : dataset;
    }
}
