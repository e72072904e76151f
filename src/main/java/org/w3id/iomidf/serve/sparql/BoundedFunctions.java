package org.w3id.iomidf.serve.sparql;

import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.expr.Expr;
import org.apache.jena.sparql.expr.ExprEvalException;
import org.apache.jena.sparql.expr.ExprFunction1;
import org.apache.jena.sparql.expr.ExprFunctionN;
import org.apache.jena.sparql.expr.ExprList;
import org.apache.jena.sparql.expr.NodeValue;
import org.apache.jena.sparql.expr.RegexEngine;
import org.apache.jena.sparql.expr.aggregate.Accumulator;
import org.apache.jena.sparql.expr.aggregate.AggGroupConcat;
import org.apache.jena.sparql.expr.aggregate.Aggregator;
import org.apache.jena.sparql.expr.nodevalue.NodeValueOps;
import org.apache.jena.sparql.expr.nodevalue.XSDFuncOp;
import org.apache.jena.sparql.function.FunctionEnv;

/**
 * The SPARQL functions that can build large strings or run for long, as the server evaluates them: each has
 * the standard's meaning and checks the query's {@link QueryBudget} as it goes, so that one query can neither
 * build a string past {@link Limits#maxStringChars()} nor run a regular expression past its deadline.
 * {@link QueryRewrite} puts them in place of Jena's own; {@link BoundedLibrary} gives their meaning to every
 * other name Jena knows REGEX and REPLACE by ({@code fn:matches}, {@code fn:replace}, ...).
 */
final class BoundedFunctions {

    private BoundedFunctions() {}

    /** A function of any number of arguments that spends from the query's budget. */
    private abstract static class Budgeted extends ExprFunctionN {
        protected final transient QueryBudget budget;
        protected final transient Patterns patterns = new Patterns();

        Budgeted(String name, ExprList args, QueryBudget budget) {
            super(name, args);
            this.budget = budget;
        }
    }

    /** The patterns of one expression: a pattern is most often the same for every row, so it is compiled once. */
    static final class Patterns {
        private volatile Compiled last;

        Pattern pattern(String label, NodeValue pattern, NodeValue flags) {
            String p = NodeValueOps.checkAndGetStringLiteral(label, pattern).getLiteralLexicalForm();
            String f = flags == null
                    ? null
                    : NodeValueOps.checkAndGetStringLiteral(label, flags).getLiteralLexicalForm();
            Compiled c = last;
            if (c == null || !c.pattern().equals(p) || !Objects.equals(c.flags(), f)) {
                c = new Compiled(p, f, RegexEngine.makePattern(label, p, f));
                last = c;
            }
            return c.compiled();
        }
    }

    private record Compiled(String pattern, String flags, Pattern compiled) {}

    /** REGEX's meaning ({@code text, pattern[, flags]}), matched over text that checks the deadline. */
    static NodeValue regex(List<NodeValue> args, Patterns patterns, QueryBudget budget) {
        Node text = NodeValueOps.checkAndGetStringLiteral("REGEX", args.get(0));
        Pattern p = patterns.pattern("Regex", args.get(1), args.size() > 2 ? args.get(2) : null);
        return NodeValue.booleanReturn(p.matcher(new DeadlineText(text.getLiteralLexicalForm(), budget))
                .find());
    }

    /** REPLACE's meaning ({@code text, pattern, replacement[, flags]}), matched as {@link #regex} is. */
    static NodeValue replace(List<NodeValue> args, Patterns patterns, QueryBudget budget) {
        Node in = NodeValueOps.checkAndGetStringLiteral("replace", args.get(0));
        String replacement =
                NodeValueOps.checkAndGetStringLiteral("replace", args.get(2)).getLiteralLexicalForm();
        Pattern p = patterns.pattern("replace", args.get(1), args.size() > 3 ? args.get(3) : null);
        String text = in.getLiteralLexicalForm();
        Matcher m = p.matcher(new DeadlineText(text, budget));
        StringBuilder out = null;
        try {
            while (m.find()) {
                if (out == null) {
                    out = new StringBuilder();
                } else if (m.start() == m.end()) {
                    continue; // as Jena: one empty match at most
                }
                m.appendReplacement(out, replacement);
                budget.checkString(out.length());
            }
        } catch (IndexOutOfBoundsException | IllegalArgumentException e) {
            throw new ExprEvalException("replace: " + e.getMessage());
        }
        if (out == null) {
            return args.get(0);
        }
        m.appendTail(out);
        budget.checkString(out.length());
        return NodeValue.makeNode(
                NodeFactory.createLiteral(out.toString(), in.getLiteralLanguage(), in.getLiteralDatatype()));
    }

    /** {@code CONCAT}: the length of the result is checked before it is built. */
    static final class Concat extends Budgeted {
        Concat(ExprList args, QueryBudget budget) {
            super("concat", args, budget);
        }

        @Override
        public NodeValue eval(List<NodeValue> args) {
            long chars = 0;
            for (NodeValue v : args) {
                chars += v.isString() || v.isLangString()
                        ? v.asNode().getLiteralLexicalForm().length()
                        : 0;
            }
            budget.checkString(chars);
            return XSDFuncOp.strConcat(args);
        }

        @Override
        public Expr copy(ExprList newArgs) {
            return new Concat(newArgs, budget);
        }
    }

    /** {@code REGEX}: matched over text that stops the query at its deadline, however the pattern backtracks. */
    static final class Regex extends Budgeted {
        Regex(ExprList args, QueryBudget budget) {
            super("regex", args, budget);
        }

        @Override
        public NodeValue eval(List<NodeValue> args) {
            return regex(args, patterns, budget);
        }

        @Override
        public Expr copy(ExprList newArgs) {
            return new Regex(newArgs, budget);
        }
    }

    /** {@code REPLACE}: matched as REGEX is, the result checked after every replacement. */
    static final class Replace extends Budgeted {
        Replace(ExprList args, QueryBudget budget) {
            super("replace", args, budget);
        }

        @Override
        public NodeValue eval(List<NodeValue> args) {
            return replace(args, patterns, budget);
        }

        @Override
        public Expr copy(ExprList newArgs) {
            return new Replace(newArgs, budget);
        }
    }

    /** Any other function that can build strings (UCASE, ENCODE_FOR_URI, extension functions): checked after. */
    static final class Checked extends ExprFunction1 {
        private final transient QueryBudget budget;

        Checked(Expr inner, QueryBudget budget) {
            super(inner, "checked");
            this.budget = budget;
        }

        @Override
        public NodeValue eval(NodeValue v) {
            budget.checkTime();
            Node n = v.asNode();
            if (n.isLiteral()) {
                budget.checkString(n.getLiteralLexicalForm().length());
            } else if (n.isURI()) {
                budget.checkString(n.getURI().length());
            }
            return v;
        }

        @Override
        public Expr copy(Expr expr) {
            return new Checked(expr, budget);
        }
    }

    /** {@code GROUP_CONCAT}, with or without DISTINCT: each group's string and all groups' together bounded. */
    static final class GroupConcat extends AggGroupConcat {
        private final transient QueryBudget budget;
        private final boolean distinct;
        private final String separator;

        GroupConcat(Expr expr, boolean distinct, String separator, QueryBudget budget) {
            super(expr, separator);
            this.budget = budget;
            this.distinct = distinct;
            this.separator = separator;
        }

        @Override
        public Aggregator copy(ExprList exprs) {
            return new GroupConcat(exprs.get(0), distinct, separator, budget);
        }

        @Override
        public Accumulator createAccumulator() {
            return new Joined(getExpr(), distinct, separator == null ? " " : separator, budget);
        }
    }

    private static final class Joined implements Accumulator {
        private final Expr expr;
        private final Set<NodeValue> seen;
        private final String separator;
        private final QueryBudget budget;
        private final StringBuilder joined = new StringBuilder();
        private boolean first = true;
        private boolean error;

        Joined(Expr expr, boolean distinct, String separator, QueryBudget budget) {
            this.expr = expr;
            this.seen = distinct ? new HashSet<>() : null;
            this.separator = separator;
            this.budget = budget;
        }

        @Override
        public void accumulate(Binding binding, FunctionEnv env) {
            NodeValue v;
            try {
                v = expr.eval(binding, env);
            } catch (ExprEvalException e) {
                error = true;
                return;
            }
            if (seen != null && !seen.add(v)) {
                return;
            }
            String s = v.asString();
            long more = s.length() + (first ? 0 : separator.length()) + (seen == null ? 0 : s.length());
            budget.checkString(joined.length() + more);
            budget.hold(more);
            if (!first) {
                joined.append(separator);
            }
            joined.append(s);
            first = false;
        }

        @Override
        public NodeValue getValue() {
            return error ? null : NodeValue.makeString(joined.toString());
        }
    }

    /** Text a regular expression reads that stops the query once its deadline has passed. */
    record DeadlineText(String text, QueryBudget budget, int[] reads) implements CharSequence {
        DeadlineText(String text, QueryBudget budget) {
            this(text, budget, new int[1]);
        }

        @Override
        public char charAt(int index) {
            if ((++reads[0] & 0xfff) == 0) {
                budget.checkTime();
            }
            return text.charAt(index);
        }

        @Override
        public int length() {
            return text.length();
        }

        @Override
        public CharSequence subSequence(int start, int end) {
            return new DeadlineText(text.substring(start, end), budget, reads);
        }

        @Override
        public String toString() {
            return text;
        }
    }
}
