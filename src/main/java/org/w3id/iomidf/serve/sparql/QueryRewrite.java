package org.w3id.iomidf.serve.sparql;

import java.util.ArrayList;
import java.util.List;
import org.apache.jena.query.ARQ;
import org.apache.jena.sparql.ARQConstants;
import org.apache.jena.sparql.algebra.Op;
import org.apache.jena.sparql.algebra.TransformCopy;
import org.apache.jena.sparql.algebra.Transformer;
import org.apache.jena.sparql.algebra.op.OpGroup;
import org.apache.jena.sparql.algebra.optimize.Optimize;
import org.apache.jena.sparql.algebra.optimize.RewriteFactory;
import org.apache.jena.sparql.expr.E_Function;
import org.apache.jena.sparql.expr.E_Regex;
import org.apache.jena.sparql.expr.E_StrConcat;
import org.apache.jena.sparql.expr.E_StrEncodeForURI;
import org.apache.jena.sparql.expr.E_StrLowerCase;
import org.apache.jena.sparql.expr.E_StrReplace;
import org.apache.jena.sparql.expr.E_StrUpperCase;
import org.apache.jena.sparql.expr.Expr;
import org.apache.jena.sparql.expr.ExprAggregator;
import org.apache.jena.sparql.expr.ExprFunction1;
import org.apache.jena.sparql.expr.ExprFunctionN;
import org.apache.jena.sparql.expr.ExprList;
import org.apache.jena.sparql.expr.ExprTransformCopy;
import org.apache.jena.sparql.expr.aggregate.AggGroupConcat;
import org.apache.jena.sparql.expr.aggregate.AggGroupConcatDistinct;
import org.apache.jena.sparql.expr.aggregate.Aggregator;
import org.apache.jena.sparql.util.Context;

/**
 * Puts the {@link BoundedFunctions} in place of Jena's string-building functions, REGEX and GROUP_CONCAT in
 * every query the server plans, then hands the query to ARQ's standard optimiser. It runs first so that even a
 * constant expression the optimiser folds while planning is evaluated within the query's {@link QueryBudget}.
 * Functions that only compare or test are left as they are, so the optimiser's rewrites still apply to them.
 * The part of a query sent to another endpoint by SERVICE is left as written.
 */
final class QueryRewrite {

    private QueryRewrite() {}

    /** Makes every query planned with {@code context} use the bounded functions. */
    public static void install(Context context) {
        RewriteFactory standard = Optimize.stdOptimizationFactory;
        RewriteFactory bounded = cxt -> {
            QueryBudget budget = QueryBudget.of(cxt);
            return op -> standard.create(cxt).rewrite(bound(op, budget));
        };
        context.set(ARQConstants.sysOptimizerFactory, bounded);
        context.set(ARQ.optimization, true);
    }

    static Op bound(Op op, QueryBudget budget) {
        return Transformer.transformSkipService(new Groups(budget), new Functions(budget), op);
    }

    private static final class Functions extends ExprTransformCopy {
        private final QueryBudget budget;

        Functions(QueryBudget budget) {
            this.budget = budget;
        }

        @Override
        public Expr transform(ExprFunction1 func, Expr arg) {
            Expr copy = super.transform(func, arg);
            boolean builds = func instanceof E_StrUpperCase
                    || func instanceof E_StrLowerCase
                    || func instanceof E_StrEncodeForURI;
            return builds ? new BoundedFunctions.Checked(copy, budget) : copy;
        }

        @Override
        public Expr transform(ExprFunctionN func, ExprList args) {
            if (func instanceof E_StrConcat) {
                return new BoundedFunctions.Concat(args, budget);
            }
            if (func instanceof E_Regex) {
                return new BoundedFunctions.Regex(args, budget);
            }
            if (func instanceof E_StrReplace) {
                return new BoundedFunctions.Replace(args, budget);
            }
            Expr copy = super.transform(func, args);
            return func instanceof E_Function ? new BoundedFunctions.Checked(copy, budget) : copy;
        }
    }

    private static final class Groups extends TransformCopy {
        private final QueryBudget budget;

        Groups(QueryBudget budget) {
            this.budget = budget;
        }

        @Override
        public Op transform(OpGroup group, Op sub) {
            List<ExprAggregator> aggregators = new ArrayList<>();
            boolean changed = false;
            for (ExprAggregator a : group.getAggregators()) {
                Aggregator agg = a.getAggregator();
                Aggregator bounded = agg;
                if (agg instanceof AggGroupConcat g) {
                    bounded = new BoundedFunctions.GroupConcat(g.getExprList().get(0), false, g.getSeparator(), budget);
                } else if (agg instanceof AggGroupConcatDistinct g) {
                    bounded = new BoundedFunctions.GroupConcat(g.getExprList().get(0), true, g.getSeparator(), budget);
                }
                changed |= bounded != agg;
                aggregators.add(bounded == agg ? a : new ExprAggregator(a.getVar(), bounded));
            }
            return changed ? OpGroup.create(sub, group.getGroupVars(), aggregators) : super.transform(group, sub);
        }
    }
}
