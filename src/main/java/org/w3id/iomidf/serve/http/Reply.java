package org.w3id.iomidf.serve.http;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.riot.RDFDataMgr;

/** Writes the bodies the server's own servlets answer with: RDF in a negotiated format, HTML, plain text. */
public final class Reply {

    /** The header that marks an answer cut at a bound: {@code X-Result-Truncated: true; limit=N}. */
    public static final String TRUNCATED = "X-Result-Truncated";

    private Reply() {}

    /**
     * The format the request asks for among {@code offered}, or empty after answering 406 with the list of
     * what is offered.
     */
    public static Optional<Format> negotiate(HttpServletRequest req, HttpServletResponse res, List<Format> offered)
            throws IOException {
        res.addHeader("Vary", "Accept");
        Optional<Format> f = Negotiation.choose(req.getHeader("Accept"), offered);
        if (f.isEmpty()) {
            text(
                    req,
                    res,
                    HttpServletResponse.SC_NOT_ACCEPTABLE,
                    "None of the accepted types is available. " + "Available: "
                            + offered.stream().map(x -> x.mediaType).collect(Collectors.joining(", ")));
        }
        return f;
    }

    public static void rdf(HttpServletRequest req, HttpServletResponse res, Model model, Format format)
            throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        RDFDataMgr.write(out, model, format.rdf);
        send(req, res, HttpServletResponse.SC_OK, format.contentType(), out.toByteArray());
    }

    public static void html(HttpServletRequest req, HttpServletResponse res, int status, String page)
            throws IOException {
        send(req, res, status, "text/html;charset=utf-8", page.getBytes(StandardCharsets.UTF_8));
    }

    public static void text(HttpServletRequest req, HttpServletResponse res, int status, String message)
            throws IOException {
        send(req, res, status, "text/plain;charset=utf-8", (message + "\n").getBytes(StandardCharsets.UTF_8));
    }

    /**
     * Caller's text as it may appear in a plain-text message: at most 200 characters, with control characters,
     * markup characters and anything outside ASCII written as {@code %XX} of their UTF-8 bytes.
     */
    public static String printable(String text) {
        StringBuilder out = new StringBuilder();
        String cut = text.length() > 200 ? text.substring(0, 200) : text;
        for (byte b : cut.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xff;
            if (c < 0x20 || c >= 0x7f || "<>\"'&%`\\".indexOf(c) >= 0) {
                out.append('%').append(String.format("%02X", c));
            } else {
                out.append((char) c);
            }
        }
        if (text.length() > 200) {
            out.append("...");
        }
        return out.toString();
    }

    public static void send(HttpServletRequest req, HttpServletResponse res, int status, String type, byte[] body)
            throws IOException {
        res.setStatus(status);
        res.setContentType(type);
        res.setContentLength(body.length);
        if (!"HEAD".equals(req.getMethod())) {
            res.getOutputStream().write(body);
        }
    }
}
