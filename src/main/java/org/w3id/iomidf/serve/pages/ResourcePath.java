package org.w3id.iomidf.serve.pages;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.Optional;

/**
 * A request path in the one spelling the build mints IRIs in: each segment percent-decoded as UTF-8, then every
 * character outside {@code A-Za-z0-9-._~} percent-encoded with upper-case hex. So {@code /project/caf%c3%a9} and
 * {@code /project/café} both answer for {@code {base}project/caf%C3%A9}. A path that cannot name a resource is
 * refused rather than guessed at: empty or dot segments, an encoded slash or backslash, a control character
 * (such as an encoded NUL), a broken escape or bytes that are not UTF-8 (such as overlong forms).
 */
final class ResourcePath {

    private static final String UNRESERVED = "-._~";

    private ResourcePath() {}

    /** The canonical form of a raw request path (as sent, still percent-encoded), or empty if it is refused. */
    static Optional<String> canonical(String raw) {
        if (!raw.startsWith("/") || raw.length() == 1) {
            return Optional.empty();
        }
        StringBuilder out = new StringBuilder(raw.length());
        for (String segment : raw.substring(1).split("/", -1)) {
            Optional<String> decoded = decode(segment);
            if (decoded.isEmpty() || !acceptable(decoded.get())) {
                return Optional.empty();
            }
            out.append('/').append(encode(decoded.get()));
        }
        return Optional.of(out.toString());
    }

    private static boolean acceptable(String segment) {
        return !segment.isEmpty()
                && !segment.equals(".")
                && !segment.equals("..")
                && segment.chars().noneMatch(c -> c < 0x20 || c == 0x7f || c == '/' || c == '\\');
    }

    private static Optional<String> decode(String segment) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        for (int i = 0; i < segment.length(); i++) {
            char c = segment.charAt(i);
            if (c == '%') {
                if (i + 2 >= segment.length() || !isHex(segment.charAt(i + 1)) || !isHex(segment.charAt(i + 2))) {
                    return Optional.empty();
                }
                bytes.write(HexFormat.fromHexDigits(segment, i + 1, i + 3));
                i += 2;
            } else {
                int cp = segment.codePointAt(i);
                bytes.writeBytes(new String(Character.toChars(cp)).getBytes(StandardCharsets.UTF_8));
                i += Character.charCount(cp) - 1;
            }
        }
        try {
            return Optional.of(StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes.toByteArray()))
                    .toString());
        } catch (CharacterCodingException e) {
            return Optional.empty();
        }
    }

    private static boolean isHex(char c) {
        return Character.digit(c, 16) >= 0 && c < 0x80;
    }

    private static String encode(String segment) {
        StringBuilder out = new StringBuilder(segment.length());
        for (byte b : segment.getBytes(StandardCharsets.UTF_8)) {
            char c = (char) (b & 0xff);
            if ((c >= 'A' && c <= 'Z')
                    || (c >= 'a' && c <= 'z')
                    || (c >= '0' && c <= '9')
                    || UNRESERVED.indexOf(c) >= 0) {
                out.append(c);
            } else {
                out.append('%').append(String.format("%02X", b & 0xff));
            }
        }
        return out.toString();
    }
}
