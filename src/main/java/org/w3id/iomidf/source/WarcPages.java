package org.w3id.iomidf.source;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcMetadata;
import org.netpreserve.jwarc.WarcReader;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcRevisit;
import org.netpreserve.jwarc.WarcTruncationReason;
import org.w3id.iomidf.record.Field;
import org.w3id.iomidf.record.Problem;

/**
 * Finds the pages in WARC files (any crawler's: ISO 28500, read with jwarc): for each address, its newest
 * successful capture, a complete {@code 200} HTML response or a revisit of one, and the response that holds the
 * bytes (a revisit resolves through WARC-Refers-To, else through its payload digest, to an earlier response).
 * Captures a harvest marked as listings or other kinds of pages (its metadata records) are left out. The result
 * is sorted by address, so the same archive always gives the same pages in the same order.
 */
final class WarcPages {

    /** A response that can be a page: where it is, and its digest for revisits that name none. */
    private record Response(Path warc, long offset, String id, Instant date, String digest) {}

    /** The newest capture of one address so far: the revisit or response that says so, and the response read. */
    private record Newest(Instant date, String capture, Response bytes) {}

    /** What the build needs of a revisit record, taken while the archive is open. */
    private record Revisit(String target, String id, Instant date, int status, String refersTo, String digest) {}

    private WarcPages() {}

    /**
     * The pages of {@code files}, in address order; an unreadable file adds an ERROR problem (its pages read up to
     * the damage are kept).
     */
    static List<ArchivedPage> newest(List<Path> files, List<Problem> problems) {
        Index index = new Index();
        for (Path file : files) {
            try (WarcReader reader = new WarcReader(file)) {
                reader.setLenient(true);
                for (WarcRecord record = reader.next().orElse(null);
                        record != null;
                        record = reader.next().orElse(null)) {
                    long offset = reader.position();
                    try {
                        index.add(file, offset, record);
                    } catch (IOException | RuntimeException e) {
                        // One damaged record (a malformed HTTP message inside) costs that record, not the file.
                        problems.add(Problem.error(
                                file + "@" + offset,
                                0,
                                Field.PAGE,
                                file.toString(),
                                "cannot read the WARC record at offset " + offset + ": " + e));
                    }
                }
            } catch (IOException | RuntimeException e) {
                problems.add(Problem.error(
                        file.toString(), 0, Field.PAGE, file.toString(), "cannot read the web archive: " + e));
            }
        }
        return index.pages();
    }

    /** What the pass over the archive collects: responses by ID and digest, revisits, and the newest per address. */
    private static final class Index {
        private final Map<String, Response> byId = new HashMap<>();
        private final Map<String, Response> byDigest = new HashMap<>();
        private final Map<String, Newest> newest = new HashMap<>();
        private final Set<String> notPages = new HashSet<>();
        private final List<Revisit> revisits = new ArrayList<>();

        void add(Path file, long offset, WarcRecord record) throws IOException {
            if (record instanceof WarcResponse r && r.truncated() == WarcTruncationReason.NOT_TRUNCATED) {
                HttpResponse http = r.http();
                if (http.status() == 200 && html(http)) {
                    Response at = new Response(
                            file,
                            offset,
                            r.id().toString(),
                            r.date(),
                            r.payloadDigest().map(Object::toString).orElse(null));
                    byId.put(at.id(), at);
                    if (at.digest() != null) {
                        byDigest.putIfAbsent(at.digest(), at);
                    }
                    newer(newest, r.target(), new Newest(r.date(), at.id(), at));
                }
            } else if (record instanceof WarcRevisit v) {
                revisits.add(new Revisit(
                        v.target(),
                        v.id().toString(),
                        v.date(),
                        v.http().status(),
                        v.refersTo().map(Object::toString).orElse(null),
                        v.payloadDigest().map(Object::toString).orElse(null)));
            } else if (record instanceof WarcMetadata m) {
                kind(m, notPages);
            }
        }

        /** Revisits resolved to the responses they confirm; the newest capture of each address, by address. */
        List<ArchivedPage> pages() {
            for (Revisit v : revisits) {
                if (v.status() != 200 && v.status() != 304) {
                    continue;
                }
                Response original = v.refersTo() == null ? null : byId.get(v.refersTo());
                if (original == null && v.digest() != null) {
                    original = byDigest.get(v.digest());
                }
                if (original != null) {
                    newer(newest, v.target(), new Newest(v.date(), v.id(), original));
                }
            }
            List<ArchivedPage> pages = new ArrayList<>();
            newest.forEach((url, n) -> {
                if (!notPages.contains(n.capture())
                        && !notPages.contains(n.bytes().id())) {
                    pages.add(new ArchivedPage(
                            url,
                            n.bytes().warc(),
                            n.bytes().offset(),
                            n.bytes().id(),
                            n.bytes().date()));
                }
            });
            pages.sort(Comparator.comparing(ArchivedPage::url));
            return pages;
        }
    }

    /** Reads the bytes of the page at its response record: the HTTP body, without transfer or content coding. */
    static byte[] bytes(ArchivedPage page) throws IOException {
        try (WarcReader reader = new WarcReader(page.warc())) {
            reader.position(page.offset());
            WarcRecord record = reader.next().orElseThrow(() -> new IOException("no record at " + page.offset()));
            if (!(record instanceof WarcResponse r)) {
                throw new IOException("not a response record at " + page.offset());
            }
            return r.http().bodyDecoded().stream().readAllBytes();
        }
    }

    private static void newer(Map<String, Newest> newest, String url, Newest candidate) {
        newest.merge(url, candidate, (a, b) -> b.date().isAfter(a.date()) ? b : a);
    }

    /** Remembers the captures a harvest's metadata records say are no project pages (listings, other kinds). */
    private static void kind(WarcMetadata m, Set<String> notPages) throws IOException {
        String kind = m.fields().first("idf-ld-kind").orElse("project");
        if (!kind.equals("project")) {
            m.concurrentTo().forEach(id -> notPages.add(id.toString()));
        }
    }

    private static boolean html(HttpResponse http) {
        try {
            MediaType type = http.contentType();
            String base = type.base().toString().toLowerCase(Locale.ROOT);
            return base.equals("text/html") || base.equals("application/xhtml+xml");
        } catch (IllegalArgumentException e) {
            return false;
        }
    }
}
