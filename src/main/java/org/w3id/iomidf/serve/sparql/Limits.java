package org.w3id.iomidf.serve.sparql;

import org.w3id.iomidf.serve.http.Reply;

/**
 * The bounds every request to the server stays within, so that one client or one expensive query cannot take
 * the machine from the others. Each limit is answered with a status that says which bound was hit; none of
 * them ever turns into a silently shortened answer.
 *
 * @param maxRows          the most rows a SELECT answers with, and the most triples a CONSTRUCT or DESCRIBE
 *                         answers with; a longer answer is cut to exactly this many and marked with the header
 *                         {@value #TRUNCATED}
 * @param maxBodyBytes     the largest request body (a POSTed query); larger ones are answered 413
 * @param maxHeaderBytes   the largest request line plus headers; a longer URI is answered 414, longer headers 431
 * @param queriesPerClient the most SPARQL queries one client address may run at once; more are answered 429
 * @param queriesInAll     the most SPARQL queries the server runs at once; more are answered 503
 * @param retryAfterSecs   the wait suggested in {@code Retry-After} with a 429 or 503 for too many queries
 * @param maxStringChars   the longest string a query may build (CONCAT, REPLACE, GROUP_CONCAT, UCASE...);
 *                         a query that builds a longer one is stopped and answered 400
 */
public record Limits(
        long maxRows,
        long maxBodyBytes,
        int maxHeaderBytes,
        int queriesPerClient,
        int queriesInAll,
        int retryAfterSecs,
        int maxStringChars) {

    /** The header that marks an answer cut at {@link #maxRows}: {@code X-Result-Truncated: true; limit=N}. */
    public static final String TRUNCATED = Reply.TRUNCATED;

    /** Default rows or triples per answer: every project with all its fields fits many times over. */
    public static final long DEFAULT_MAX_ROWS = 100_000;
    /** Default request body: a SPARQL query of 64 KB is already far larger than any written by hand. */
    public static final long DEFAULT_MAX_BODY_BYTES = 64 * 1024;
    /** Default request line and headers: room for a GET query of about 14 KB, percent-encoded. */
    public static final int DEFAULT_MAX_HEADER_BYTES = 16 * 1024;
    /** Default queries per client address: enough for a browser's parallel requests. */
    public static final int DEFAULT_QUERIES_PER_CLIENT = 4;
    /** Default queries in all: a few per core of a small machine. */
    public static final int DEFAULT_QUERIES_IN_ALL = 16;
    /** Default suggested wait after a 429 or 503. */
    public static final int DEFAULT_RETRY_AFTER_SECS = 5;
    /**
     * Default longest string a query may build: a million characters, hundreds of times the longest value in the
     * data, and small enough that sixteen queries at their bound take a few tens of megabytes.
     */
    public static final int DEFAULT_MAX_STRING_CHARS = 1 << 20;
    /** How many of its longest strings one query's GROUP_CONCATs may hold together. */
    public static final int HELD_STRINGS = 8;

    /** The defaults above. */
    public static final Limits DEFAULT = new Limits(
            DEFAULT_MAX_ROWS,
            DEFAULT_MAX_BODY_BYTES,
            DEFAULT_MAX_HEADER_BYTES,
            DEFAULT_QUERIES_PER_CLIENT,
            DEFAULT_QUERIES_IN_ALL,
            DEFAULT_RETRY_AFTER_SECS,
            DEFAULT_MAX_STRING_CHARS);

    public Limits {
        positive("maximum rows", maxRows);
        positive("maximum body", maxBodyBytes);
        positive("queries per client", queriesPerClient);
        positive("retry after", retryAfterSecs);
        positive("maximum string length", maxStringChars);
        if (maxHeaderBytes < 1024) {
            throw new IllegalArgumentException("maximum header size below 1024 bytes: " + maxHeaderBytes);
        }
        if (queriesInAll < queriesPerClient) {
            throw new IllegalArgumentException(
                    "queries in all (" + queriesInAll + ") below queries per client (" + queriesPerClient + ")");
        }
    }

    /** With the default string bound. */
    public Limits(
            long maxRows,
            long maxBodyBytes,
            int maxHeaderBytes,
            int queriesPerClient,
            int queriesInAll,
            int retryAfterSecs) {
        this(
                maxRows,
                maxBodyBytes,
                maxHeaderBytes,
                queriesPerClient,
                queriesInAll,
                retryAfterSecs,
                DEFAULT_MAX_STRING_CHARS);
    }

    /** The most characters one query's GROUP_CONCATs may hold together: {@link #HELD_STRINGS} longest strings. */
    public long maxHeldChars() {
        return (long) HELD_STRINGS * maxStringChars;
    }

    private static void positive(String what, long value) {
        if (value <= 0) {
            throw new IllegalArgumentException(what + " must be positive: " + value);
        }
    }

    /** The value of {@link #TRUNCATED} on a cut answer. */
    public String truncated() {
        return "true; limit=" + maxRows;
    }
}
