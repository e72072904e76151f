package org.w3id.iomidf.serve.sparql;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.QueryBuildException;
import org.apache.jena.rdf.model.impl.Util;
import org.apache.jena.sparql.ARQConstants;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.ExecutionContext;
import org.apache.jena.sparql.engine.QueryIterator;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.engine.binding.BindingFactory;
import org.apache.jena.sparql.engine.iterator.QueryIterPlainWrapper;
import org.apache.jena.sparql.expr.ExprEvalException;
import org.apache.jena.sparql.expr.ExprList;
import org.apache.jena.sparql.expr.NodeValue;
import org.apache.jena.sparql.function.Function;
import org.apache.jena.sparql.function.FunctionEnv;
import org.apache.jena.sparql.function.FunctionFactory;
import org.apache.jena.sparql.function.FunctionRegistry;
import org.apache.jena.sparql.function.library.FN_Matches;
import org.apache.jena.sparql.function.library.FN_StrReplace;
import org.apache.jena.sparql.function.library.wait;
import org.apache.jena.sparql.pfunction.PropFuncArg;
import org.apache.jena.sparql.pfunction.PropertyFunction;
import org.apache.jena.sparql.pfunction.PropertyFunctionFactory;
import org.apache.jena.sparql.pfunction.PropertyFunctionRegistry;
import org.apache.jena.sparql.pfunction.library.strSplit;
import org.apache.jena.sparql.util.Context;
import org.apache.jena.sparql.util.IterLib;

/**
 * Jena's libraries of functions and property functions as the server's queries call them. A function is
 * resolved by Jena as usual, under whatever name the query uses (its XPath name, {@code sparql:}, an {@code afn:}
 * or {@code java:} class name, or through {@code fn:apply}), and what it resolves to decides what runs: a
 * regular-expression match or replace ({@code fn:matches}, {@code fn:replace}, {@code sparql:regex},
 * {@code sparql:replace} and every other name of their classes) runs as {@link BoundedFunctions}' REGEX and
 * REPLACE, over text that checks the query's deadline; {@code afn:wait} sleeps no longer than the query may run;
 * every other function checks the deadline before it runs (each of them is linear in its arguments, which are
 * bounded by the string bound, so it ends soon after). Likewise {@code apf:strSplit}, under any of its names,
 * splits over text that checks the deadline. Other property functions are Jena's.
 */
final class BoundedLibrary {

    /** The names Jena gives its own operators as functions; these two take a pattern. */
    private static final String SPARQL_REGEX = ARQConstants.sparqlPrefix + "regex";

    private static final String SPARQL_REPLACE = ARQConstants.sparqlPrefix + "replace";

    private BoundedLibrary() {}

    /** Makes every query run with {@code context} call the bounded libraries. */
    static void install(Context context) {
        FunctionRegistry functions = FunctionRegistry.get(context);
        FunctionRegistry.set(context, new Functions(functions != null ? functions : FunctionRegistry.get()));
        PropertyFunctionRegistry.set(context, new PropertyFunctions(PropertyFunctionRegistry.chooseRegistry(context)));
    }

    /** The function the server runs in place of {@code jena}, what Jena resolved {@code uri} to. */
    static FunctionFactory bounded(String uri, FunctionFactory jena) {
        Function f = jena.create(uri);
        if (f instanceof FN_Matches || uri.equals(SPARQL_REGEX)) {
            return u -> new Matching();
        }
        if (f instanceof FN_StrReplace || uri.equals(SPARQL_REPLACE)) {
            return u -> new Replacing();
        }
        if (f instanceof wait) {
            return u -> new Waiting();
        }
        return u -> new Timed(jena.create(u));
    }

    /** The registry a query resolves functions in: Jena's, each function bounded. */
    private static final class Functions extends FunctionRegistry {
        private final FunctionRegistry jena;

        Functions(FunctionRegistry jena) {
            this.jena = jena;
        }

        @Override
        public FunctionFactory get(String uri) {
            FunctionFactory f;
            synchronized (jena) { // it loads afn: and java: classes into its own map on first use
                f = jena.get(uri);
            }
            return f == null ? null : bounded(uri, f);
        }

        @Override
        public boolean isRegistered(String uri) {
            return jena.isRegistered(uri);
        }

        @Override
        public Iterator<String> keys() {
            return jena.keys();
        }
    }

    /** The registry a query resolves property functions in: Jena's, with strSplit bounded. */
    private static final class PropertyFunctions extends PropertyFunctionRegistry {
        private final PropertyFunctionRegistry jena;

        PropertyFunctions(PropertyFunctionRegistry jena) {
            this.jena = jena;
        }

        @Override
        public boolean manages(String uri) {
            synchronized (jena) {
                return jena.manages(uri);
            }
        }

        @Override
        public PropertyFunctionFactory get(String uri) {
            PropertyFunctionFactory f;
            synchronized (jena) {
                f = jena.get(uri);
            }
            if (f == null) {
                return null;
            }
            PropertyFunction probe = f.create(uri);
            return probe instanceof strSplit ? u -> new Splitting() : f;
        }

        @Override
        public boolean isRegistered(String uri) {
            return jena.isRegistered(uri);
        }

        @Override
        public Iterator<String> keys() {
            return jena.keys();
        }
    }

    /**
     * A bounded function: its arguments evaluated, then run with the query's budget. It is no {@code FunctionBase},
     * which {@code fn:apply} would call without the query's context.
     */
    private abstract static class Budgeted implements Function {
        private final String name;
        private final int least;
        private final int most;

        Budgeted(String name, int least, int most) {
            this.name = name;
            this.least = least;
            this.most = most;
        }

        @Override
        public void build(String uri, ExprList args, Context context) {
            if (args.size() < least || args.size() > most) {
                throw new QueryBuildException(
                        name + ": wanted " + least + " to " + most + " arguments, got " + args.size());
            }
        }

        @Override
        public NodeValue exec(Binding binding, ExprList args, String uri, FunctionEnv env) {
            List<NodeValue> values = new ArrayList<>(args.size());
            for (int i = 0; i < args.size(); i++) {
                values.add(args.get(i).eval(binding, env));
            }
            return exec(values, QueryBudget.of(env == null ? null : env.getContext()));
        }

        abstract NodeValue exec(List<NodeValue> args, QueryBudget budget);
    }

    /** {@code fn:matches} and the other names of REGEX. */
    private static final class Matching extends Budgeted {
        private final BoundedFunctions.Patterns patterns = new BoundedFunctions.Patterns();

        Matching() {
            super("matches", 2, 3);
        }

        @Override
        NodeValue exec(List<NodeValue> args, QueryBudget budget) {
            return BoundedFunctions.regex(args, patterns, budget);
        }
    }

    /** {@code fn:replace} and the other names of REPLACE. */
    private static final class Replacing extends Budgeted {
        private final BoundedFunctions.Patterns patterns = new BoundedFunctions.Patterns();

        Replacing() {
            super("replace", 3, 4);
        }

        @Override
        NodeValue exec(List<NodeValue> args, QueryBudget budget) {
            return BoundedFunctions.replace(args, patterns, budget);
        }
    }

    /** {@code afn:wait}: sleeps as asked, but never past the query's deadline. */
    private static final class Waiting extends Budgeted {
        Waiting() {
            super("wait", 1, 1);
        }

        @Override
        NodeValue exec(List<NodeValue> args, QueryBudget budget) {
            NodeValue millis = args.get(0);
            if (!millis.isInteger()) {
                throw new ExprEvalException("Not an integer");
            }
            long sleep =
                    Math.min(millis.getInteger().longValue(), budget.remaining().toMillis() + 1);
            try {
                Thread.sleep(Math.max(0, sleep));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw budget.stop(503, "the server is stopping and cancelled the query");
            }
            budget.checkTime();
            return NodeValue.TRUE;
        }
    }

    /** Any other function: runs as Jena's, once the deadline is checked. */
    private record Timed(Function jena) implements Function {
        @Override
        public void build(String uri, ExprList args, Context context) {
            jena.build(uri, args, context);
        }

        @Override
        public NodeValue exec(Binding binding, ExprList args, String uri, FunctionEnv env) {
            QueryBudget.of(env == null ? null : env.getContext()).checkTime();
            return jena.exec(binding, args, uri, env);
        }
    }

    /** {@code apf:strSplit}: Jena's meaning (each piece trimmed), split over text that checks the deadline. */
    private static final class Splitting extends strSplit {
        @Override
        public QueryIterator execEvaluated(
                Binding binding, Node subject, Node predicate, PropFuncArg object, ExecutionContext execCxt) {
            if (!object.getArg(0).isLiteral() || !object.getArg(1).isLiteral()) {
                return IterLib.noResults(execCxt);
            }
            QueryBudget budget = QueryBudget.of(execCxt.getContext());
            String text = object.getArg(0).getLiteralLexicalForm();
            Pattern pattern;
            try {
                pattern = Pattern.compile(object.getArg(1).getLiteralLexicalForm());
            } catch (PatternSyntaxException e) {
                throw new ExprEvalException("strSplit: " + e.getMessage(), e);
            }
            List<String> tokens = new ArrayList<>();
            for (String piece : pattern.split(new BoundedFunctions.DeadlineText(text, budget))) {
                tokens.add(piece.trim());
            }
            if (Var.isVar(subject)) {
                Var var = Var.alloc(subject);
                List<Binding> rows = new ArrayList<>(tokens.size());
                for (String token : tokens) {
                    rows.add(BindingFactory.binding(binding, var, NodeFactory.createLiteralString(token)));
                }
                return QueryIterPlainWrapper.create(rows.iterator(), execCxt);
            }
            if (Util.isSimpleString(subject) && tokens.contains(subject.getLiteralLexicalForm())) {
                return IterLib.result(binding, execCxt);
            }
            return IterLib.noResults(execCxt);
        }
    }
}
