package org.w3id.iomidf.serve.sparql;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.jena.query.QueryCancelledException;
import org.apache.jena.sparql.util.Context;
import org.apache.jena.sparql.util.Symbol;

/**
 * What one running SPARQL query may still spend: its time to a fixed deadline, the characters of any one string
 * it builds, the characters its GROUP_CONCATs hold together, and its SERVICE calls. Made when the query starts
 * and kept in the query's own context, where the bounded expressions and the federation guard find it.
 *
 * <p>A bound that is hit stops the query by throwing {@link Stop}, a {@link QueryCancelledException} (Jena
 * passes only that kind through FILTER and aggregate evaluation unchanged); the refusal it records gives the
 * status and reason the client is answered with.
 */
final class QueryBudget {

    /** The context key under which a query's budget is kept. */
    public static final Symbol SYMBOL = Symbol.create("urn:x-idf-ld:query-budget");

    /** The status and reason a bound was answered with. */
    record Refusal(int status, String reason) {}

    /** Stops a query at a bound; Jena's evaluation passes it on as a cancellation. */
    public static final class Stop extends QueryCancelledException {
        private static final long serialVersionUID = 1L;
        private final String reason;

        Stop(String reason) {
            this.reason = reason;
        }

        @Override
        public String getMessage() {
            return reason;
        }
    }

    /** Used where a query runs without a budget of its own (it then has only the string bound). */
    private static final QueryBudget UNBOUNDED = new QueryBudget(Duration.ofDays(365), Limits.DEFAULT);

    private final long deadline;
    private final Limits limits;
    private final AtomicInteger serviceCalls = new AtomicInteger();
    private final AtomicLong heldChars = new AtomicLong();
    private volatile Refusal refusal;

    public QueryBudget(Duration timeout, Limits limits) {
        this.deadline = System.nanoTime() + timeout.toNanos();
        this.limits = limits;
    }

    static QueryBudget of(Context context) {
        Object b = context == null ? null : context.get(SYMBOL);
        return b instanceof QueryBudget budget ? budget : UNBOUNDED;
    }

    /** The refusal a bound was answered with, or null while none was hit. */
    Refusal refusal() {
        return refusal;
    }

    /** The time left before the deadline (zero or negative once past it). */
    Duration remaining() {
        return Duration.ofNanos(deadline - System.nanoTime());
    }

    /**
     * Stops the query if its deadline has passed, if it was cancelled (a bound, the heap running short), or if its
     * thread was interrupted (the server stopping).
     */
    void checkTime() {
        Refusal r = refusal;
        if (r != null) {
            throw new Stop(r.reason());
        }
        if (Thread.currentThread().isInterrupted()) {
            throw stop(503, "the server is stopping and cancelled the query");
        }
        if (deadline - System.nanoTime() < 0) {
            throw stop(503, "query timed out: the server cancelled it; narrow it down or use the dumps at /dumps/");
        }
    }

    /** Stops the query if a string it built is longer than {@link Limits#maxStringChars()}. */
    void checkString(long chars) {
        if (chars > limits.maxStringChars()) {
            throw stop(
                    400,
                    "the query built a string of more than " + limits.maxStringChars()
                            + " characters, the most one string may hold here");
        }
    }

    /** Counts characters the query holds until it ends (GROUP_CONCAT); stops it past its share. */
    void hold(long chars) {
        if (heldChars.addAndGet(chars) > limits.maxHeldChars()) {
            throw stop(
                    400,
                    "the query's GROUP_CONCATs hold more than " + limits.maxHeldChars()
                            + " characters together, the most one query may hold here");
        }
    }

    /** Counts one SERVICE call; stops the query past {@link Federation#maxCalls()}. */
    void serviceCall(Federation federation) {
        if (serviceCalls.incrementAndGet() > federation.maxCalls()) {
            throw stop(
                    400,
                    "the query makes more than " + federation.maxCalls()
                            + " SERVICE calls, the most one query may make here");
        }
    }

    /** Records the refusal (the first one wins) and returns the exception that stops the query. */
    Stop stop(int status, String reason) {
        if (refusal == null) {
            refusal = new Refusal(status, reason);
        }
        return new Stop(reason);
    }
}
