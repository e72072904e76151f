package org.w3id.iomidf.record;

/**
 * A string as a JSON string literal (RFC 8259): the one escaping of the project's hand-written JSON (the parser's
 * JSON lines, the generator's truth, the streaming JSON-LD dump), which write records and statements as they go.
 *
 * <pre>{@code
 * JsonText.quote(out, "a \"b\"\n");   // appends "a \"b\"\n" with its escapes
 * }</pre>
 */
public final class JsonText {

    private JsonText() {}

    /** Appends {@code s} to {@code out} as a quoted JSON string: quotes, backslashes and controls escaped. */
    public static StringBuilder quote(StringBuilder out, String s) {
        out.append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (c < 0x20) {
                        out.append("\\u00").append(HEX[c >> 4]).append(HEX[c & 0xF]);
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.append('"');
    }

    /** {@code s} as a quoted JSON string. */
    public static String quoted(String s) {
        return quote(new StringBuilder(s.length() + 2), s).toString();
    }

    private static final char[] HEX = "0123456789abcdef".toCharArray();
}
