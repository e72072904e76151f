package org.w3id.iomidf.serve.downloads;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.w3id.iomidf.release.Dump;
import org.w3id.iomidf.release.DumpFile;
import org.w3id.iomidf.release.LiveRelease;
import org.w3id.iomidf.serve.http.Language;
import org.w3id.iomidf.serve.http.Reply;
import org.w3id.iomidf.serve.http.SlowClients;

/**
 * {@code /dumps/}: the release's dump files with their checksums. Files are answered with their media type,
 * length, an ETag (the release id and the file's checksum, stable for a release), single byte ranges and
 * conditional GET, so that large downloads resume and mirrors revalidate cheaply.
 */
final class DumpServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;
    private static final Pattern RANGE = Pattern.compile("bytes=(\\d*)-(\\d*)");

    private final transient LiveRelease release;
    private final transient SlowClients slow;
    private final transient Supplier<String> root;
    /** Where the files are listed: {@code /dumps/} for the live release, {@code /release/<id>/dumps/} for a kept one. */
    private final String folder;
    /** Whether the files are a kept release's, never to change again (a live one's move on at the next build). */
    private final boolean kept;

    /** The live release's files at {@code /dumps/}; {@code root} is the server's public address, ending in /. */
    DumpServlet(LiveRelease release, SlowClients slow, Supplier<String> root) {
        this(release, slow, root, "/dumps/", false);
    }

    /** A release's files under {@code folder} (a path ending in /). */
    DumpServlet(LiveRelease release, SlowClients slow, Supplier<String> root, String folder, boolean kept) {
        this.release = release;
        this.root = root;
        this.slow = slow;
        this.folder = folder;
        this.kept = kept;
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse res) throws IOException {
        String name = req.getPathInfo() == null ? "" : req.getPathInfo().substring(1);
        if (name.isEmpty()) {
            if (req.getPathInfo() == null) {
                res.sendRedirect(folder);
                return;
            }
            res.addHeader("Vary", "Accept-Language");
            Reply.html(
                    req,
                    res,
                    HttpServletResponse.SC_OK,
                    DumpIndex.render(release, release.dumpFiles(), Language.of(req), root.get(), folder, kept));
            return;
        }
        Path file = release.dumpPath(name);
        if (file == null) {
            Reply.text(req, res, HttpServletResponse.SC_NOT_FOUND, "No dump named " + name + "; see " + folder);
            return;
        }
        long size = Files.size(file);
        long modified = Files.getLastModifiedTime(file).toMillis() / 1000 * 1000;
        String etag = etag(name, size, modified);
        res.setHeader("ETag", etag);
        res.setDateHeader("Last-Modified", modified);
        res.setHeader("Accept-Ranges", "bytes");
        res.setHeader("Cache-Control", kept ? "max-age=31536000, immutable" : "max-age=3600");
        if (notModified(req, etag, modified)) {
            res.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
            return;
        }
        res.setContentType(Dump.servedType(name));
        long[] range = range(req, etag, size);
        if (range == null) {
            res.setHeader("Content-Range", "bytes */" + size);
            res.setStatus(HttpServletResponse.SC_REQUESTED_RANGE_NOT_SATISFIABLE);
            return;
        }
        if (range.length == 2) {
            res.setStatus(HttpServletResponse.SC_PARTIAL_CONTENT);
            res.setHeader("Content-Range", "bytes " + range[0] + "-" + range[1] + "/" + size);
            copy(req, res, file, range[0], range[1] - range[0] + 1);
        } else {
            copy(req, res, file, 0, size);
        }
    }

    private String etag(String name, long size, long modified) {
        String sum = release.dumpFiles().stream()
                .filter(d -> d.name().equals(name) && d.sha256() != null)
                .map(DumpFile::sha256)
                .findFirst()
                .orElse(Long.toHexString(size) + "-" + Long.toHexString(modified));
        return "\"" + release.id() + "-" + sum.substring(0, Math.min(16, sum.length())) + "\"";
    }

    private static boolean notModified(HttpServletRequest req, String etag, long modified) {
        String inm = req.getHeader("If-None-Match");
        if (inm != null) {
            return inm.strip().equals("*") || inm.contains(etag);
        }
        long ims;
        try {
            ims = req.getDateHeader("If-Modified-Since");
        } catch (IllegalArgumentException e) {
            return false; // not a date: ignored, as RFC 9110 says
        }
        return ims >= 0 && modified <= ims;
    }

    /** {@code {}} for the whole file, {@code {first, last}} for one range, null if unsatisfiable. */
    private static long[] range(HttpServletRequest req, String etag, long size) {
        String h = req.getHeader("Range");
        String ifRange = req.getHeader("If-Range");
        if (h == null || (ifRange != null && !ifRange.equals(etag))) {
            return new long[0];
        }
        Matcher m = RANGE.matcher(h.strip());
        if (!m.matches() || (m.group(1).isEmpty() && m.group(2).isEmpty())) {
            return new long[0];
        }
        long first;
        long last;
        if (m.group(1).isEmpty()) {
            first = Math.max(0, size - number(m.group(2)));
            last = size - 1;
        } else {
            first = number(m.group(1));
            last = m.group(2).isEmpty() ? size - 1 : Math.min(size - 1, number(m.group(2)));
        }
        return first >= size || first > last ? null : new long[] {first, last};
    }

    /** A byte position; one too large for a long is past any file, so it reads as the largest long. */
    private static long number(String digits) {
        try {
            return Long.parseLong(digits);
        } catch (NumberFormatException e) {
            return Long.MAX_VALUE;
        }
    }

    private void copy(HttpServletRequest req, HttpServletResponse res, Path file, long from, long length)
            throws IOException {
        res.setContentLengthLong(length);
        if ("HEAD".equals(req.getMethod())) {
            return;
        }
        try (InputStream in = Files.newInputStream(file);
                OutputStream out = slow.guard(req, res.getOutputStream())) {
            in.skipNBytes(from);
            byte[] buf = new byte[64 * 1024];
            long left = length;
            while (left > 0) {
                int n = in.read(buf, 0, (int) Math.min(buf.length, left));
                if (n < 0) {
                    break;
                }
                out.write(buf, 0, n);
                left -= n;
            }
        }
    }
}
