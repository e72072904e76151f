package org.w3id.iomidf.serve.sparql;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.query.QueryExecException;
import org.apache.jena.query.text.TextIndexException;
import org.apache.jena.query.text.TextIndexParseException;
import org.apache.jena.query.text.TextQuery;
import org.apache.jena.query.text.TextQueryPF;
import org.apache.jena.sparql.core.Substitute;
import org.apache.jena.sparql.engine.ExecutionContext;
import org.apache.jena.sparql.engine.QueryIterator;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.pfunction.PropFuncArg;
import org.apache.jena.sparql.pfunction.PropertyFunctionRegistry;
import org.apache.jena.sparql.util.Context;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.index.Term;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.search.Query;

/**
 * Jena's {@code text:query} with its arguments checked before the index is asked: the search text must parse
 * (Lucene's query syntax), its regular expressions must be short and simply bounded, the limit at most
 * {@value #MAX_LIMIT}, the highlighter at most {@value #MAX_FRAGMENTS} fragments of at most
 * {@value #MAX_FRAGMENT_CHARS} characters, and the argument lists of the sizes the function reads. What fails
 * a check stops the query with 400 and a plain reason ({@link QueryBudget}); neither the reason nor anything
 * else of the answer names an exception or the index's fields. Installed in place of Jena's own for every query
 * the server plans, its pages' searches among them.
 *
 * <pre>{@code
 * BoundedTextQuery.install(context);
 * }</pre>
 */
final class BoundedTextQuery extends TextQueryPF {
    static final String IRI = "http://jena.apache.org/text#query";
    /** The most hits one call asks the index for: Jena's own default when no limit is given. */
    static final int MAX_LIMIT = 10_000;
    /** The most fragments the highlighter keeps per hit: it allocates room for that many up front. */
    static final int MAX_FRAGMENTS = 10;

    static final int MAX_FRAGMENT_CHARS = 1_000;
    /** The longest search text taken. */
    static final int MAX_TEXT_CHARS = 2_000;
    /** The longest regular expression ({@code /.../}) in a search text, and the highest repetition count in it. */
    static final int MAX_REGEX_CHARS = 100;

    static final int MAX_REPEAT = 50;
    /** The longest mark or separator of the highlighter; Jena puts the marks into a regular expression. */
    private static final int MAX_MARK_CHARS = 20;
    /** How much work a regular expression may take to compile: far less than Lucene's own bound. */
    private static final int DETERMINIZE_WORK = 2_000;

    private static final Pattern REPEAT = Pattern.compile("\\{\\s*(\\d+)\\s*(?:,\\s*(\\d*)\\s*)?}");
    private static final Pattern REGEX_SYNTAX = Pattern.compile("[\\\\^$.|?*+()\\[\\]{}]");

    /** Puts the bounded {@code text:query} in place of Jena's for every query planned with {@code context}. */
    static void install(Context context) {
        TextQuery.init();
        PropertyFunctionRegistry own = PropertyFunctionRegistry.createFrom(PropertyFunctionRegistry.get());
        own.put(IRI, uri -> new BoundedTextQuery());
        PropertyFunctionRegistry.set(context, own);
    }

    @Override
    public void build(PropFuncArg subject, Node predicate, PropFuncArg object, ExecutionContext cxt) {
        if (subject.isList() && (subject.getArgListSize() == 0 || subject.getArgListSize() > 5)) {
            throw refuse(cxt, "text:query binds one to five variables: (?s ?score ?literal ?graph ?property)");
        }
        if (object.isList()) {
            List<Node> args = object.getArgList();
            int props = properties(args);
            if (args.size() - props < 1 || args.size() - props > 4) {
                throw refuse(
                        cxt,
                        "text:query takes properties, then a search text, then at most a limit and two options"
                                + " (\"lang:..\", \"highlight:..\")");
            }
        }
        super.build(subject, predicate, object, cxt);
    }

    @Override
    public QueryIterator exec(
            Binding binding, PropFuncArg subject, Node predicate, PropFuncArg object, ExecutionContext cxt) {
        check(Substitute.substitute(object, binding), cxt);
        try {
            return super.exec(binding, subject, predicate, object, cxt);
        } catch (TextIndexException | TextIndexParseException e) {
            throw refuse(cxt, "text:query cannot run this search; simplify the search text");
        }
    }

    private static int properties(List<Node> args) {
        int n = 0;
        while (n < args.size() && args.get(n).isURI()) {
            n++;
        }
        return n;
    }

    /** Checks the arguments as they are at execution, variables replaced by their values. */
    private static void check(PropFuncArg object, ExecutionContext cxt) {
        List<Node> args = object.isList() ? object.getArgList() : List.of(object.getArg());
        int at = properties(args);
        if (at >= args.size() || !args.get(at).isLiteral()) {
            return; // Jena finds no match, and asks the index nothing
        }
        String text = args.get(at).getLiteralLexicalForm();
        String problem = text(text);
        if (problem == null && at + 1 < args.size()) {
            problem = limit(args.get(at + 1));
        }
        for (int i = at + 1; problem == null && i < args.size(); i++) {
            Node arg = args.get(i);
            if (arg.isLiteral() && arg.getLiteralLexicalForm().startsWith("highlight:")) {
                problem = highlight(arg.getLiteralLexicalForm().substring("highlight:".length()));
            }
        }
        if (problem != null) {
            throw refuse(cxt, problem);
        }
    }

    /** Why the search text cannot be searched, or null: it is parsed here as the index would parse it. */
    static String text(String text) {
        if (text.length() > MAX_TEXT_CHARS) {
            return "the text:query search text is longer than " + MAX_TEXT_CHARS + " characters";
        }
        String parsed = "(" + text + ")";
        try {
            new CheckingParser().parse(parsed);
            return null;
        } catch (ParseException | RuntimeException e) {
            // Lucene throws IllegalArgumentException and its own unchecked kinds for values it cannot build.
            return "text:query cannot read its search text: " + plain(e.getMessage(), parsed);
        }
    }

    /** The first line of a parser's message, without the query it repeats and without Java names. */
    private static String plain(String message, String parsed) {
        if (message == null || message.isBlank()) {
            return "malformed";
        }
        String line = message.strip();
        String repeated = "Cannot parse '" + parsed + "': ";
        if (line.startsWith(repeated)) {
            line = line.substring(repeated.length());
        }
        // Positions count in the text as wrapped here, not as the caller wrote it: left out.
        line = line.lines().findFirst().orElse("").replaceAll(" at line \\d+, column \\d+", "");
        line = line.replaceAll("[A-Za-z_$][\\w$]*(\\.[\\w$]+)+(Exception|Error)", "error");
        return line.length() > 200 ? line.substring(0, 200) + "..." : line;
    }

    private static String limit(Node arg) {
        if (!arg.isLiteral() || arg.getLiteralLexicalForm().contains(":")) {
            return null; // an option, not a limit
        }
        String lexical = arg.getLiteralLexicalForm().strip();
        boolean number = XSDDatatype.XSDinteger.isValid(lexical);
        if (!number) {
            return null; // Jena reads it as no limit
        }
        long value;
        try {
            value = Long.parseLong(lexical.startsWith("+") ? lexical.substring(1) : lexical);
        } catch (NumberFormatException e) {
            value = Long.MAX_VALUE;
        }
        return value > MAX_LIMIT ? "the text:query limit must be at most " + MAX_LIMIT : null;
    }

    /** Why a highlight option string cannot be used, or null. */
    static String highlight(String options) {
        for (String option : options.strip().split("\\|")) {
            String o = option.strip();
            if (o.startsWith("m:")) {
                if (!within(o.substring(2), 1, MAX_FRAGMENTS)) {
                    return "text:query highlight m: (fragments) must be a whole number from 1 to " + MAX_FRAGMENTS;
                }
            } else if (o.startsWith("z:")) {
                if (!within(o.substring(2), 1, MAX_FRAGMENT_CHARS)) {
                    return "text:query highlight z: (fragment size) must be a whole number from 1 to "
                            + MAX_FRAGMENT_CHARS;
                }
            } else if (o.startsWith("s:") || o.startsWith("e:")) {
                String mark = o.substring(2);
                if (mark.length() > MAX_MARK_CHARS || REGEX_SYNTAX.matcher(mark).find()) {
                    return "text:query highlight marks (s:, e:) must be at most " + MAX_MARK_CHARS
                            + " characters, none of \\ ^ $ . ? * + ( ) [ ] { }";
                }
            } else if (o.startsWith("f:") && o.length() - 2 > MAX_MARK_CHARS) {
                return "text:query highlight f: (separator) must be at most " + MAX_MARK_CHARS + " characters";
            }
        }
        return null;
    }

    private static boolean within(String number, int min, int max) {
        String n = number.strip();
        if (n.isEmpty() || n.length() > 9 || !n.chars().allMatch(Character::isDigit)) {
            return false;
        }
        int v = Integer.parseInt(n);
        return v >= min && v <= max;
    }

    /** Stops the query with 400: through its budget on the endpoint, as a plain execution error elsewhere. */
    private static RuntimeException refuse(ExecutionContext cxt, String reason) {
        Object budget = cxt.getContext().get(QueryBudget.SYMBOL);
        return budget instanceof QueryBudget b ? b.stop(400, reason) : new QueryExecException(reason);
    }

    /** Lucene's classic parser, as Jena's text module uses it, with regular expressions bounded. */
    private static final class CheckingParser extends QueryParser {
        CheckingParser() {
            super("text", new StandardAnalyzer());
            setAllowLeadingWildcard(true);
            setDeterminizeWorkLimit(DETERMINIZE_WORK);
        }

        @Override
        protected Query newRegexpQuery(Term regexp) {
            String pattern = regexp.text();
            if (pattern.length() > MAX_REGEX_CHARS) {
                throw new IllegalArgumentException(
                        "a regular expression may have at most " + MAX_REGEX_CHARS + " characters");
            }
            Matcher m = REPEAT.matcher(pattern);
            while (m.find()) {
                for (int g = 1; g <= 2; g++) {
                    String n = m.group(g);
                    if (n != null && !n.isEmpty() && (n.length() > 4 || Integer.parseInt(n) > MAX_REPEAT)) {
                        throw new IllegalArgumentException(
                                "a repetition in a regular expression may count at most " + MAX_REPEAT);
                    }
                }
            }
            return super.newRegexpQuery(regexp);
        }
    }
}
