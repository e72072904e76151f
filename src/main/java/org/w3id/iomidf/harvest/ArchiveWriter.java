package org.w3id.iomidf.harvest;

import java.io.IOException;
import java.net.InetAddress;
import java.net.URI;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.netpreserve.jwarc.HttpRequest;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.MessageVersion;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcDigest;
import org.netpreserve.jwarc.WarcMetadata;
import org.netpreserve.jwarc.WarcRequest;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcRevisit;
import org.netpreserve.jwarc.WarcTruncationReason;
import org.netpreserve.jwarc.Warcinfo;

/**
 * The one new WARC 1.1 file a harvest appends to: a {@code warcinfo} record naming the software and the operator's
 * User-Agent, then for each exchange a {@code request} and a {@code response} record (or a {@code revisit} when
 * the page had not changed), and a {@code metadata} record with the links found. Each record is its own gzip
 * member, as replay tools expect. The file is created new ({@code idf-ld-<time>-<n>.warc.gz}): an archive's old
 * files are never opened for writing.
 */
final class ArchiveWriter implements AutoCloseable {
    private static final DateTimeFormatter STAMP =
            DateTimeFormatter.ofPattern("yyyyMMddHHmmss").withZone(ZoneOffset.UTC);

    private final Path file;
    private final org.netpreserve.jwarc.WarcWriter writer;
    private final URI warcinfo;

    ArchiveWriter(Path folder, String userAgent) throws IOException {
        Files.createDirectories(folder);
        String stamp = STAMP.format(Instant.now());
        Path chosen = null;
        FileChannel channel = null;
        for (int n = 0; channel == null; n++) {
            chosen = folder.resolve(String.format(java.util.Locale.ROOT, "idf-ld-%s-%05d.warc.gz", stamp, n));
            try {
                channel = FileChannel.open(chosen, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
            } catch (java.nio.file.FileAlreadyExistsException e) {
                channel = null;
            }
        }
        this.file = chosen;
        this.writer = new org.netpreserve.jwarc.WarcWriter(channel, WarcCompression.GZIP);
        Map<String, List<String>> fields = new LinkedHashMap<>();
        fields.put("software", List.of("idf-ld"));
        fields.put("http-header-user-agent", List.of(userAgent));
        fields.put("format", List.of("WARC File Format 1.1"));
        fields.put(
                "conformsTo",
                List.of("https://iipc.github.io/warc-specifications/specifications/warc-format/warc-1.1/"));
        fields.put("robots", List.of("obey"));
        Warcinfo info = new Warcinfo.Builder()
                .version(MessageVersion.WARC_1_1)
                .filename(file.getFileName().toString())
                .fields(fields)
                .build();
        writer.write(info);
        this.warcinfo = info.id();
    }

    Path file() {
        return file;
    }

    /** Writes the request and the full response; returns the response record's ID. */
    URI response(Exchange x) throws IOException {
        URI requestId = request(x);
        HttpResponse http = http(x);
        WarcResponse.Builder b = new WarcResponse.Builder(x.uri())
                .version(MessageVersion.WARC_1_1)
                .date(x.date())
                .warcinfoId(warcinfo)
                .concurrentTo(requestId)
                .body(http)
                .payloadDigest(payloadDigest(x.body()));
        ip(b, x);
        if (x.truncated()) {
            b.truncated(WarcTruncationReason.LENGTH);
        }
        WarcResponse record = b.build();
        writer.write(record);
        return record.id();
    }

    /**
     * Writes the request and a revisit record for an unchanged page: {@code server-not-modified} for a 304,
     * {@code identical-payload-digest} for a 200 with the bytes captured before (headers only, no body).
     */
    URI revisit(Exchange x, ArchiveHistory.Capture earlier) throws IOException {
        URI requestId = request(x);
        boolean notModified = x.status() == 304;
        HttpResponse.Builder http = new HttpResponse.Builder(x.status(), reason(x.status()));
        x.headers().forEach(h -> http.addHeader(h.getKey(), h.getValue()));
        WarcRevisit.Builder b = new WarcRevisit.Builder(
                        x.uri(),
                        notModified ? WarcRevisit.SERVER_NOT_MODIFIED_1_1 : WarcRevisit.IDENTICAL_PAYLOAD_DIGEST_1_1)
                .version(MessageVersion.WARC_1_1)
                .date(x.date())
                .warcinfoId(warcinfo)
                .concurrentTo(requestId)
                .refersTo(earlier.recordId(), earlier.uri(), earlier.date())
                .body(http.build());
        if (earlier.payloadDigest() != null) {
            b.payloadDigest(new WarcDigest(earlier.payloadDigest()));
        }
        ip(b, x);
        WarcRevisit record = b.build();
        writer.write(record);
        return record.id();
    }

    /** A metadata record about a capture: the links and language versions found on it, and its kind. */
    void metadata(URI target, URI about, Map<String, List<String>> fields) throws IOException {
        writer.write(new WarcMetadata.Builder()
                .version(MessageVersion.WARC_1_1)
                .targetURI(target)
                .warcinfoId(warcinfo)
                .concurrentTo(about)
                .fields(fields)
                .build());
    }

    private URI request(Exchange x) throws IOException {
        String target = x.uri().getRawPath() == null || x.uri().getRawPath().isEmpty()
                ? "/"
                : x.uri().getRawPath();
        if (x.uri().getRawQuery() != null) {
            target += "?" + x.uri().getRawQuery();
        }
        HttpRequest.Builder http = new HttpRequest.Builder("GET", target)
                .version(MessageVersion.HTTP_1_1)
                .addHeader("Host", hostHeader(x.uri()));
        x.sent().forEach(http::addHeader);
        WarcRequest.Builder b = new WarcRequest.Builder(x.uri())
                .version(MessageVersion.WARC_1_1)
                .date(x.date())
                .warcinfoId(warcinfo)
                .body(http.build());
        ip(b, x);
        WarcRequest record = b.build();
        writer.write(record);
        return record.id();
    }

    private static HttpResponse http(Exchange x) {
        HttpResponse.Builder http = new HttpResponse.Builder(x.status(), reason(x.status()));
        for (Map.Entry<String, String> h : x.headers()) {
            // The body is stored as received, whole: a transfer coding or a length of the wire no longer applies.
            if (!h.getKey().equalsIgnoreCase("Transfer-Encoding") && !h.getKey().equalsIgnoreCase("Content-Length")) {
                http.addHeader(h.getKey(), h.getValue());
            }
        }
        http.addHeader("Content-Length", Long.toString(x.body().length));
        String type = x.header("Content-Type");
        http.body(type == null ? MediaType.OCTET_STREAM : MediaType.parseLeniently(type), x.body());
        return http.build();
    }

    private static void ip(org.netpreserve.jwarc.WarcCaptureRecord.AbstractBuilder<?, ?> b, Exchange x) {
        if (x.ip() != null) {
            try {
                b.ipAddress(InetAddress.getByName(x.ip()));
            } catch (java.net.UnknownHostException e) {
                // a literal address always parses; nothing to record otherwise
            }
        }
    }

    private static String hostHeader(URI uri) {
        return uri.getPort() < 0 ? uri.getHost() : uri.getHost() + ":" + uri.getPort();
    }

    static WarcDigest payloadDigest(byte[] body) {
        try {
            return new WarcDigest("sha1", MessageDigest.getInstance("SHA-1").digest(body));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("the JDK has no SHA-1", e);
        }
    }

    private static String reason(int status) {
        return switch (status) {
            case 200 -> "OK";
            case 301 -> "Moved Permanently";
            case 302 -> "Found";
            case 303 -> "See Other";
            case 304 -> "Not Modified";
            case 307 -> "Temporary Redirect";
            case 308 -> "Permanent Redirect";
            case 404 -> "Not Found";
            case 410 -> "Gone";
            case 429 -> "Too Many Requests";
            case 500 -> "Internal Server Error";
            case 503 -> "Service Unavailable";
            default -> "Status " + status;
        };
    }

    @Override
    public void close() throws IOException {
        writer.close();
    }
}
