package org.w3id.iomidf.harvest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.netpreserve.jwarc.MessageVersion;
import org.netpreserve.jwarc.WarcReader;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcTargetRecord;
import org.netpreserve.jwarc.Warcinfo;
import org.w3id.iomidf.generate.SiteServer;

/** One polite harvest of a misbehaving local copy of the site, checked from the server's side and in the archive. */
class HarvestTest {
    private final HarvestedSite h = HarvestedSite.get();

    @Test
    void noAddressRobotsTxtForbidsIsRequested() {
        List<String> asked =
                h.firstRequests().stream().map(SiteServer.Request::target).toList();
        assertTrue(asked.contains("/robots.txt"), asked.toString());
        assertEquals("/robots.txt", asked.get(0), "robots.txt is read before anything else");
        assertEquals(
                List.of(), asked.stream().filter(t -> t.startsWith("/private/")).toList());
        assertTrue(h.first.disallowed() >= 1, "the forbidden link is counted: " + h.first);
    }

    @Test
    void theCrawlDelayIsKeptBetweenAnyTwoRequests() {
        List<SiteServer.Request> requests = h.firstRequests();
        long least = Long.MAX_VALUE;
        for (int i = 1; i < requests.size(); i++) {
            least = Math.min(
                    least, requests.get(i).nanos() - requests.get(i - 1).nanos());
        }
        assertTrue(requests.size() > 30, "requests: " + requests.size());
        assertTrue(
                least >= (long) (HarvestedSite.CRAWL_DELAY * 1e9),
                "two requests " + least / 1_000_000 + " ms apart, Crawl-delay " + HarvestedSite.CRAWL_DELAY + " s");
    }

    @Test
    void everyRequestNamesIdfLdAndItsVersion() {
        for (SiteServer.Request r : h.firstRequests()) {
            assertEquals("idf-ld/test", r.headers().get("User-Agent"), r.target());
        }
    }

    @Test
    void a500IsRetriedAndA429WaitsForItsRetryAfter() {
        List<SiteServer.Request> flaky = of(h.site.en().get(0));
        assertEquals(
                List.of(500, 200),
                flaky.stream().map(SiteServer.Request::status).toList());
        List<SiteServer.Request> busy = of(h.site.en().get(1));
        assertEquals(
                List.of(429, 200), busy.stream().map(SiteServer.Request::status).toList());
        long waited = busy.get(1).nanos() - busy.get(0).nanos();
        assertTrue(waited >= 1_000_000_000L, "asked again after " + waited / 1_000_000 + " ms, Retry-After: 1");
    }

    @Test
    void theSummaryCountsWhatHappenedToEachAddress() {
        HarvestSummary s = h.first;
        assertEquals(h.pages(), s.added(), s.toString());
        assertEquals(0, s.changed());
        assertEquals(0, s.unchanged());
        assertEquals(2, s.gone(), "the 404 and the 410: " + s);
        assertEquals(2, s.notProjectPages(), "the PDF and the news page: " + s);
        List<String> failures = s.failures();
        assertEquals(4, s.failed(), failures.toString());
        assertTrue(
                failures.stream().anyMatch(f -> f.contains("loop-a") && f.contains("redirect loop")),
                failures.toString());
        assertTrue(
                failures.stream().anyMatch(f -> f.contains("to-private") && f.contains("169.254.169.254")),
                failures.toString());
        assertTrue(
                failures.stream().anyMatch(f -> f.contains("/project/slow") && f.contains("timed out")),
                failures.toString());
        assertTrue(
                failures.stream().anyMatch(f -> f.contains("/project/huge") && f.contains("larger than")),
                failures.toString());
        assertTrue(s.usable());
    }

    @Test
    void linksLeavingThePatternAreNotFollowed() {
        List<String> asked =
                h.firstRequests().stream().map(SiteServer.Request::target).toList();
        assertFalse(asked.contains("/about"), asked.toString());
        assertTrue(asked.contains("/projects?page=1"), "the listing's next page: " + asked);
    }

    @Test
    void theArchiveIsWarc11WithOneGzipMemberPerRecordReadBackByJwarc() throws IOException {
        Path warc = h.first.warc();
        Map<String, Integer> types = new TreeMap<>();
        List<Long> offsets = new ArrayList<>();
        List<String> pages = new ArrayList<>();
        try (WarcReader reader = new WarcReader(warc)) {
            for (WarcRecord record = reader.next().orElse(null);
                    record != null;
                    record = reader.next().orElse(null)) {
                offsets.add(reader.position());
                assertEquals(MessageVersion.WARC_1_1, record.version(), record.toString());
                types.merge(record.type(), 1, Integer::sum);
                if (offsets.size() == 1) {
                    assertTrue(record instanceof Warcinfo, "the file opens with warcinfo");
                }
                if (record instanceof WarcResponse r
                        && r.http().status() == 200
                        && r.truncated() == org.netpreserve.jwarc.WarcTruncationReason.NOT_TRUNCATED
                        && r.http().contentType().base().equals(org.netpreserve.jwarc.MediaType.HTML)
                        && isPage(r)) {
                    pages.add(r.targetURI().getRawPath());
                }
            }
        }
        assertTrue(types.get("request") >= h.firstRequests().size() - 1, types.toString());
        assertEquals(types.get("request"), types.get("response"), types.toString());
        assertTrue(types.get("metadata") > h.pages(), types.toString());
        List<String> expected = new ArrayList<>(h.site.en());
        expected.addAll(h.site.fr());
        expected.addAll(h.site.es());
        assertEquals(
                expected.stream().sorted().toList(), pages.stream().sorted().toList());
        try (FileChannel channel = FileChannel.open(warc, StandardOpenOption.READ)) {
            for (long offset : offsets) {
                java.nio.ByteBuffer magic = java.nio.ByteBuffer.allocate(2);
                channel.read(magic, offset);
                assertEquals(0x1f8b, magic.getShort(0) & 0xffff, "a gzip member starts at record offset " + offset);
            }
        }
    }

    @Test
    void warcioJsReadsTheArchive() throws Exception {
        Path cli = Path.of(".tools/node_modules/warcio/dist/cli.js");
        assertTrue(Files.isRegularFile(cli), "warcio.js is installed by .ci/run into .tools");
        Process p = new ProcessBuilder(
                        "node", cli.toString(), "index", h.first.warc().toString(), "-f", "warc-type,warc-target-uri")
                .redirectErrorStream(true)
                .start();
        String out;
        try (InputStream in = p.getInputStream()) {
            out = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        }
        assertEquals(0, p.waitFor(), out);
        List<String> lines = out.lines().filter(l -> !l.isBlank()).toList();
        long records;
        try (WarcReader reader = new WarcReader(h.first.warc())) {
            records = reader.records().count();
        }
        assertEquals(records, lines.size(), out);
        assertTrue(out.contains("\"warc-type\":\"revisit\"") || out.contains("\"warc-type\":\"response\""), out);
        long responses = lines.stream()
                .filter(l -> l.contains("\"warc-type\":\"response\""))
                .count();
        Map<String, Long> jwarcTypes;
        try (WarcReader reader = new WarcReader(h.first.warc())) {
            jwarcTypes = reader.records().collect(Collectors.groupingBy(WarcRecord::type, Collectors.counting()));
        }
        assertEquals(jwarcTypes.get("response"), responses, out);
        Process cdx = new ProcessBuilder(
                        "node", cli.toString(), "cdx-index", h.first.warc().toString())
                .redirectErrorStream(true)
                .start();
        String cdxOut;
        try (InputStream in = cdx.getInputStream()) {
            cdxOut = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        }
        assertEquals(0, cdx.waitFor(), cdxOut);
        String page = h.site.fr().get(1);
        assertTrue(
                cdxOut.contains(page.substring(1).replace("/", "/")), "the CDX index names " + page + ":\n" + cdxOut);
    }

    private static boolean isPage(WarcTargetRecord r) {
        String path = r.targetURI().getRawPath();
        return path.startsWith("/project/") || path.matches("/(fr|es)/node/1\\d{3}");
    }

    private List<SiteServer.Request> of(String path) {
        return h.firstRequests().stream().filter(r -> r.target().equals(path)).toList();
    }
}
