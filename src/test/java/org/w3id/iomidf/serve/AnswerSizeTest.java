package org.w3id.iomidf.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3id.iomidf.serve.sparql.Limits;

/**
 * An answer past the size limit is the caller's bound, not the server's failure: a cross product whose rows stay
 * under the row limit but whose text does not, as a SELECT or as a CONSTRUCT, is answered 400 with the limit and
 * what to do instead, in plain text, and with nothing of the answer and nothing of the server's insides.
 */
class AnswerSizeTest {

    private static final long MAX_RESULT_BYTES = 256 * 1024;
    private static final String CROSS = "{ ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }";

    @TempDir
    static Path tmp;

    static LinkedDataServer server;
    static RawHttp raw;

    @BeforeAll
    static void start() throws Exception {
        ServeConfig config = new ServeConfig(
                BuildFixture.create(tmp, BuildFixture.numbered(200)),
                0,
                false,
                Duration.ofSeconds(20),
                MAX_RESULT_BYTES,
                Limits.DEFAULT,
                0);
        server = LinkedDataServer.start(config);
        raw = new RawHttp(server.port());
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    private static void assertRefused(String query, String accept) {
        RawHttp.Response r =
                raw.get("/sparql?query=" + URLEncoder.encode(query, StandardCharsets.UTF_8), "Accept", accept);
        assertEquals(400, r.status(), r::toString);
        assertEquals(
                "result larger than " + MAX_RESULT_BYTES + " bytes: add a LIMIT, or use the dumps at /dumps/",
                r.body().strip(),
                r::toString);
        assertEquals("text/plain;charset=utf-8", r.header("Content-Type"), r::toString);
        assertNull(r.header(Limits.TRUNCATED), r::toString);
        assertFalse(r.body().contains("Exception"), r::toString);
    }

    @Test
    void aSelectPastTheAnswerSizeIsRefusedWithTheLimit() {
        assertRefused("SELECT * " + CROSS, "text/csv");
        assertRefused("SELECT * " + CROSS, "application/sparql-results+json");
    }

    @Test
    void aConstructPastTheAnswerSizeIsRefusedWithTheLimit() {
        assertRefused("CONSTRUCT { ?a ?g ?d } WHERE " + CROSS, "application/n-triples");
    }
}
