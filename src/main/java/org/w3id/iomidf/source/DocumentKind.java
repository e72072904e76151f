package org.w3id.iomidf.source;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Recognises, by their first bytes, the documents that end up among saved pages but are not pages (a PDF
 * saved with a {@code .txt} name, an office document, an image), so that they are reported as what they
 * are instead of being read as text.
 */
final class DocumentKind {

    private record Magic(byte[] start, String kind) {}

    private static final Magic[] KNOWN = {
        magic("%PDF-", "a PDF document"),
        magic("PK\u0003\u0004", "a ZIP archive (an office document?)"),
        magic("\u00d0\u00cf\u0011\u00e0", "an old Microsoft Office document"),
        magic("{\\rtf", "an RTF document"),
        magic("\u0089PNG", "a PNG image"),
        magic("\u00ff\u00d8\u00ff", "a JPEG image"),
        magic("GIF8", "a GIF image"),
        magic("\u001f\u008b", "a gzip archive"),
    };

    private DocumentKind() {}

    private static Magic magic(String start, String kind) {
        return new Magic(start.getBytes(StandardCharsets.ISO_8859_1), kind);
    }

    /** What the bytes are, if they are a known kind of document that is not a page; else null. */
    static String of(byte[] bytes) {
        int from = bytes.length >= 3 && (bytes[0] & 0xff) == 0xef && (bytes[1] & 0xff) == 0xbb ? 3 : 0;
        for (Magic m : KNOWN) {
            if (bytes.length - from >= m.start().length
                    && Arrays.equals(bytes, from, from + m.start().length, m.start(), 0, m.start().length)) {
                return m.kind();
            }
        }
        return null;
    }
}
