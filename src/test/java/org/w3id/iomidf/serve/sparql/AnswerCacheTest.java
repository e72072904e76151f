package org.w3id.iomidf.serve.sparql;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.w3id.iomidf.serve.sparql.AnswerCache.Answer;

/** The answer cache's own rules: what it keeps, how long, and how entity tags compare. */
class AnswerCacheTest {

    private static Answer answer(int bytes) {
        return Answer.of("application/sparql-results+json", null, "Accept", new byte[bytes]);
    }

    @Test
    void keepsWithinItsBoundAndDropsTheLeastRecentlyUsedFirst() {
        AnswerCache cache = new AnswerCache(10_000);
        cache.put("a", answer(2_000));
        cache.put("b", answer(2_000));
        cache.put("c", answer(2_000));
        assertNotNull(cache.get("a"));
        cache.put("d", answer(2_000));
        cache.put("e", answer(2_000));
        assertNotNull(cache.get("a"), "a was used last but one, so it stays");
        assertNull(cache.get("b"), "b was the least recently used");
        assertNotNull(cache.get("e"));
    }

    @Test
    void anAnswerLargerThanAQuarterOfTheCacheIsNotKept() {
        AnswerCache cache = new AnswerCache(10_000);
        cache.put("big", answer(3_000));
        assertNull(cache.get("big"));
        AnswerCache none = new AnswerCache(0);
        assertFalse(none.keeps("SELECT * WHERE { ?s ?p ?o }"));
    }

    @Test
    void queriesThatMayAnswerDifferentlyAreNotKept() {
        AnswerCache cache = new AnswerCache(10_000);
        assertTrue(cache.keeps("SELECT ?s WHERE { ?s ?p ?o } LIMIT 10"));
        assertTrue(cache.keeps("SELECT ?brand WHERE { ?s <urn:p> ?brand }"), "a name containing rand is fine");
        for (String q : new String[] {
            "SELECT (RAND() AS ?r) {}",
            "select (now () as ?t) {}",
            "SELECT (UUID() AS ?u) {}",
            "SELECT (STRUUID() AS ?u) {}",
            "CONSTRUCT { ?s <urn:p> ?b } WHERE { ?s ?p ?o BIND(BNODE() AS ?b) }",
            "SELECT * { SERVICE <https://query.wikidata.org/sparql> { ?s ?p ?o } }"
        }) {
            assertFalse(cache.keeps(q), q);
        }
        assertFalse(cache.keeps(null));
    }

    @Test
    void entityTagsFollowTheBytesAndMatchAsHttpSays() {
        byte[] body = "{}".getBytes(StandardCharsets.UTF_8);
        String tag = AnswerCache.etag(body);
        assertEquals(tag, AnswerCache.etag("{}".getBytes(StandardCharsets.UTF_8)));
        assertNotEquals(tag, AnswerCache.etag("[]".getBytes(StandardCharsets.UTF_8)));
        assertTrue(tag.startsWith("\"") && tag.endsWith("\""), tag);
        assertTrue(AnswerCache.matches(tag, tag));
        assertTrue(AnswerCache.matches("\"x\", W/" + tag, tag));
        assertTrue(AnswerCache.matches("*", tag));
        assertFalse(AnswerCache.matches("\"x\"", tag));
        assertFalse(AnswerCache.matches(null, tag));
    }
}
