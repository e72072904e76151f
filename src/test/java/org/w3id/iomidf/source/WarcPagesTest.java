package org.w3id.iomidf.source;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.MessageVersion;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcDigest;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcRevisit;
import org.netpreserve.jwarc.WarcTruncationReason;
import org.netpreserve.jwarc.WarcWriter;
import org.w3id.iomidf.record.Problem;

/** Which capture of each address the build reads from a web archive, written here with jwarc as any crawler would. */
class WarcPagesTest {
    private static final Instant T1 = Instant.parse("2026-11-01T10:00:00Z");
    private static final Instant T2 = Instant.parse("2026-12-01T10:00:00Z");

    @TempDir
    Path dir;

    @Test
    void theNewestSuccessfulCaptureOfEachAddressRevisitsResolvedDamageContained() throws IOException {
        Path warc = dir.resolve("crawl.warc.gz");
        String b;
        try (WarcWriter w = new WarcWriter(
                java.nio.channels.FileChannel.open(
                        warc, java.nio.file.StandardOpenOption.CREATE_NEW, java.nio.file.StandardOpenOption.WRITE),
                WarcCompression.GZIP)) {
            w.write(response("https://x.org/project/a", T1, 200, "text/html", "<h1>Old</h1>"));
            w.write(response("https://x.org/project/a", T2, 200, "text/html", "<h1>New</h1>"));
            WarcResponse first = response("https://x.org/project/b", T1, 200, "text/html", "<h1>B</h1>");
            b = first.id().toString();
            w.write(first);
            w.write(revisit("https://x.org/project/b", T2, first.id(), null));
            w.write(response("https://x.org/project/c", T1, 200, "text/html; charset=utf-8", "<h1>C</h1>"));
            w.write(revisit("https://x.org/project/c", T2, null, digest("<h1>C</h1>")));
            w.write(response("https://x.org/project/d", T2, 404, "text/html", "<h1>Not found</h1>"));
            w.write(response("https://x.org/project/e.pdf", T2, 200, "application/pdf", "%PDF-1.4"));
            WarcResponse cut = new WarcResponse.Builder(URI.create("https://x.org/project/f"))
                    .version(MessageVersion.WARC_1_1)
                    .date(T2)
                    .truncated(WarcTruncationReason.LENGTH)
                    .body(http(200, "text/html", "<h1>F"))
                    .build();
            w.write(cut);
            w.write(new WarcResponse.Builder(URI.create("https://x.org/project/broken"))
                    .version(MessageVersion.WARC_1_1)
                    .date(T2)
                    .body(MediaType.HTTP_RESPONSE, "this is no HTTP message".getBytes(StandardCharsets.UTF_8))
                    .build());
            w.write(response("https://x.org/project/g", T2, 200, "text/html", "<h1>G</h1>"));
        }
        List<Problem> problems = new ArrayList<>();
        List<ArchivedPage> pages = WarcPages.newest(List.of(warc), problems);
        assertEquals(
                List.of(
                        "https://x.org/project/a",
                        "https://x.org/project/b",
                        "https://x.org/project/c",
                        "https://x.org/project/g"),
                pages.stream().map(ArchivedPage::url).toList(),
                problems.toString());
        assertEquals(1, problems.size(), problems.toString());
        assertTrue(problems.get(0).message().contains("cannot read the WARC record at offset"), problems.toString());
        assertEquals("<h1>New</h1>", new String(WarcPages.bytes(pages.get(0)), StandardCharsets.UTF_8));
        assertEquals(T2, pages.get(0).capturedAt());
        assertEquals(b, pages.get(1).recordId(), "a revisit is read from the response it refers to");
        assertEquals(T1, pages.get(1).capturedAt());
        assertEquals("<h1>C</h1>", new String(WarcPages.bytes(pages.get(2)), StandardCharsets.UTF_8));
    }

    private static WarcResponse response(String url, Instant at, int status, String type, String body)
            throws IOException {
        return new WarcResponse.Builder(URI.create(url))
                .version(MessageVersion.WARC_1_1)
                .date(at)
                .body(http(status, type, body))
                .payloadDigest(digest(body))
                .build();
    }

    private static WarcRevisit revisit(String url, Instant at, URI refersTo, WarcDigest digest) throws IOException {
        WarcRevisit.Builder b = new WarcRevisit.Builder(
                        URI.create(url),
                        refersTo != null
                                ? WarcRevisit.SERVER_NOT_MODIFIED_1_1
                                : WarcRevisit.IDENTICAL_PAYLOAD_DIGEST_1_1)
                .version(MessageVersion.WARC_1_1)
                .date(at)
                .body(new HttpResponse.Builder(refersTo != null ? 304 : 200, "OK").build());
        if (refersTo != null) {
            b.refersTo(refersTo);
        }
        if (digest != null) {
            b.payloadDigest(digest);
        }
        return b.build();
    }

    private static HttpResponse http(int status, String type, String body) {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        return new HttpResponse.Builder(status, "Status")
                .addHeader("Content-Length", Integer.toString(bytes.length))
                .body(MediaType.parse(type), bytes)
                .build();
    }

    private static WarcDigest digest(String body) {
        try {
            return new WarcDigest(
                    "sha1",
                    java.security.MessageDigest.getInstance("SHA-1").digest(body.getBytes(StandardCharsets.UTF_8)));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
