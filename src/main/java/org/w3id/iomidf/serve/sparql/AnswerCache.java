package org.w3id.iomidf.serve.sparql;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The answers of recent SPARQL queries, so that a repeated identical request is answered without running the
 * query again. A release never changes once built, so an answer stays right for as long as the release it was
 * made from is served: the key names the release, and a switch to a newer one simply stops hitting the old keys,
 * which then age out. Queries whose answer may differ between two runs on the same data (RAND, NOW, UUID,
 * BNODE, or a SERVICE call to another endpoint) are never cached. Only complete 200 answers are kept, bounded in
 * total bytes, least recently used first out.
 *
 * <pre>{@code
 * AnswerCache cache = new AnswerCache(64L << 20);
 * Answer hit = cache.get(key);            // null on a miss
 * cache.put(key, Answer.of(type, null, "Accept", body));
 * }</pre>
 */
final class AnswerCache {
    /** Functions and clauses that make an answer depend on more than the data and the query text. */
    private static final Pattern VOLATILE =
            Pattern.compile("\\b(RAND|NOW|UUID|STRUUID|BNODE)\\s*\\(|\\bSERVICE\\b", Pattern.CASE_INSENSITIVE);

    /** One complete answer, with the headers that go with its body, and its entity tag. */
    public record Answer(String contentType, String truncated, String vary, byte[] body, String etag) {
        public static Answer of(String contentType, String truncated, String vary, byte[] body) {
            return new Answer(contentType, truncated, vary, body, AnswerCache.etag(body));
        }
    }

    private final long maxBytes;
    private final Map<String, Answer> answers = new LinkedHashMap<>(64, 0.75f, true);
    private long bytes;

    /** @param maxBytes the most answer bytes kept in all; 0 keeps none */
    public AnswerCache(long maxBytes) {
        this.maxBytes = maxBytes;
    }

    /** Whether answers of {@code query} may be kept at all. */
    public boolean keeps(String query) {
        return maxBytes > 0 && query != null && !VOLATILE.matcher(query).find();
    }

    public synchronized Answer get(String key) {
        return answers.get(key);
    }

    /** Keeps an answer unless it alone is larger than a quarter of the cache. */
    public synchronized void put(String key, Answer answer) {
        long size = weight(key, answer);
        if (size > maxBytes / 4) {
            return;
        }
        Answer old = answers.put(key, answer);
        bytes += size - (old == null ? 0 : weight(key, old));
        Iterator<Map.Entry<String, Answer>> eldest = answers.entrySet().iterator();
        while (bytes > maxBytes && eldest.hasNext()) {
            Map.Entry<String, Answer> e = eldest.next();
            bytes -= weight(e.getKey(), e.getValue());
            eldest.remove();
        }
    }

    /** The entity tag of a body: its SHA-256, so equal bytes get equal tags whatever made them. */
    public static String etag(byte[] body) {
        try {
            return tag(MessageDigest.getInstance("SHA-256").digest(body));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this Java runtime", e);
        }
    }

    /** The entity tag of a SHA-256 digest. */
    static String tag(byte[] sha256) {
        return "\"" + HexFormat.of().formatHex(sha256, 0, 16) + "\"";
    }

    /** Whether an {@code If-None-Match} header names {@code etag} (or is {@code *}). */
    public static boolean matches(String ifNoneMatch, String etag) {
        if (ifNoneMatch == null) {
            return false;
        }
        for (String tag : ifNoneMatch.split(",")) {
            String t = tag.strip();
            if (t.startsWith("W/")) {
                t = t.substring(2);
            }
            if (t.equals("*") || t.equals(etag)) {
                return true;
            }
        }
        return false;
    }

    private static long weight(String key, Answer a) {
        return a.body().length + 2L * key.length() + 256;
    }
}
