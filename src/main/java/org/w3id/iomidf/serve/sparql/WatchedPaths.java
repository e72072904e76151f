package org.w3id.iomidf.serve.sparql;

import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.QueryCancelledException;
import org.apache.jena.sparql.algebra.op.OpPath;
import org.apache.jena.sparql.engine.ExecutionContext;
import org.apache.jena.sparql.engine.QueryIterator;
import org.apache.jena.sparql.engine.iterator.QueryIterPath;
import org.apache.jena.sparql.engine.main.OpExecutorFactory;
import org.apache.jena.sparql.engine.main.QC;
import org.apache.jena.sparql.graph.GraphWrapper;
import org.apache.jena.sparql.path.P_FixedLength;
import org.apache.jena.sparql.path.P_Mod;
import org.apache.jena.sparql.path.P_Path1;
import org.apache.jena.sparql.path.P_Path2;
import org.apache.jena.sparql.path.Path;
import org.apache.jena.sparql.util.Context;
import org.apache.jena.tdb2.solver.OpExecutorTDB2;
import org.apache.jena.util.iterator.ExtendedIterator;

/**
 * Property paths that stop at the query's deadline. Jena evaluates a path such as {@code (!<p>){1,40}} or
 * {@code p*} for one start node eagerly, inside one step of the query's iterators, so the engine's own
 * cancellation (checked between rows) does not reach it. Here the path reads the graph through a view that
 * checks the query's {@link QueryBudget} and its cancel flag on every lookup and every 1,024 triples read, and
 * throws a {@link QueryCancelledException} from inside the walk. Everything else runs as TDB2 runs it.
 */
final class WatchedPaths extends OpExecutorTDB2 {

    /** The most repetitions a path's {@code {n,m}} may ask for; more is refused before the query starts. */
    static final long MAX_REPEAT = 100;

    private static final OpExecutorFactory FACTORY = WatchedPaths::new;

    private WatchedPaths(ExecutionContext execCxt) {
        super(execCxt);
    }

    /** Makes every query run with {@code context} evaluate its paths within its budget. */
    static void install(Context context) {
        QC.setFactory(context, FACTORY);
    }

    @Override
    protected QueryIterator execute(OpPath opPath, QueryIterator input) {
        Graph watched = new Watched(execCxt.getActiveGraph(), QueryBudget.of(execCxt.getContext()), execCxt);
        return new QueryIterPath(
                opPath.getTriplePath(), input, ExecutionContext.copyChangeActiveGraph(execCxt, watched));
    }

    /** The largest repetition count {@code path} asks for with {@code {n}}, {@code {n,m}} or {@code {n,}}. */
    static long repeats(Path path) {
        long here = 0;
        if (path instanceof P_Mod mod) {
            here = Math.max(mod.getMin(), mod.getMax());
        } else if (path instanceof P_FixedLength fixed) {
            here = fixed.getCount();
        }
        if (path instanceof P_Path1 one) {
            return Math.max(here, repeats(one.getSubPath()));
        }
        if (path instanceof P_Path2 two) {
            return Math.max(repeats(two.getLeft()), repeats(two.getRight()));
        }
        return here;
    }

    /** The graph as a path reads it: every lookup, and every 1,024th triple read, checks the query. */
    private static final class Watched extends GraphWrapper {
        private final QueryBudget budget;
        private final AtomicBoolean cancelled;
        private int reads;

        Watched(Graph graph, QueryBudget budget, ExecutionContext execCxt) {
            super(graph);
            this.budget = budget;
            this.cancelled = execCxt.getCancelSignal();
        }

        private void check() {
            budget.checkTime();
            if (cancelled != null && cancelled.get()) {
                throw new QueryCancelledException();
            }
        }

        @Override
        public ExtendedIterator<Triple> find(Triple triple) {
            return watched(super.find(triple));
        }

        @Override
        public ExtendedIterator<Triple> find(Node s, Node p, Node o) {
            return watched(super.find(s, p, o));
        }

        @Override
        public boolean contains(Node s, Node p, Node o) {
            check();
            return super.contains(s, p, o);
        }

        @Override
        public boolean contains(Triple t) {
            check();
            return super.contains(t);
        }

        private ExtendedIterator<Triple> watched(ExtendedIterator<Triple> triples) {
            check();
            return triples.filterKeep(t -> {
                if ((++reads & 0x3ff) == 0) {
                    check();
                }
                return true;
            });
        }
    }
}
