package org.w3id.iomidf.source;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Turns a page's bytes into text. A byte-order mark decides (UTF-8, UTF-16); otherwise the bytes must be
 * valid UTF-8, and anything else is read as Windows-1252, the encoding of pages saved by older Windows
 * tools (every byte sequence is valid there, so the caller is told to warn). Bytes that are not text at
 * all (NUL or many control bytes) are refused.
 */
final class TextDecoder {
    static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    /** The decoded text and the charset used; {@code fallback} is true when UTF-8 failed. */
    record Decoded(String text, Charset charset, boolean fallback) {}

    private TextDecoder() {}

    /** Returns null when the bytes are not text. */
    static Decoded decode(byte[] bytes) {
        if (startsWith(bytes, 0xEF, 0xBB, 0xBF)) {
            return strictUtf8(Arrays.copyOfRange(bytes, 3, bytes.length));
        }
        if (startsWith(bytes, 0xFE, 0xFF) || startsWith(bytes, 0xFF, 0xFE)) {
            Charset cs = bytes[0] == (byte) 0xFE ? StandardCharsets.UTF_16BE : StandardCharsets.UTF_16LE;
            String text = new String(bytes, 2, bytes.length - 2, cs);
            return looksBinary(text) ? null : new Decoded(text, cs, false);
        }
        return strictUtf8(bytes);
    }

    private static Decoded strictUtf8(byte[] bytes) {
        String text;
        Charset cs = StandardCharsets.UTF_8;
        boolean fallback = false;
        try {
            text = StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes))
                    .toString();
        } catch (CharacterCodingException e) {
            text = new String(bytes, WINDOWS_1252);
            cs = WINDOWS_1252;
            fallback = true;
        }
        return looksBinary(text) ? null : new Decoded(text, cs, fallback);
    }

    /** NUL anywhere, or more than 1 in 20 characters a control character other than tab and line ends. */
    private static boolean looksBinary(String text) {
        long controls = text.chars()
                .filter(c -> c == 0 || (Character.isISOControl(c) && c != '\t' && c != '\n' && c != '\r' && c != '\f'))
                .count();
        return text.indexOf('\0') >= 0 || controls * 20 > text.length();
    }

    private static boolean startsWith(byte[] bytes, int... prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((bytes[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
