package org.w3id.iomidf.record;

import java.util.Objects;

/**
 * One located, classified problem found in an input: which source, which line (1-based, 0 when the problem
 * concerns the whole source), which field, the offending value as written (may be null) and why.
 */
public record Problem(String source, int line, Field field, String value, String message, Severity severity) {
    public Problem {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(message, "message");
        Objects.requireNonNull(severity, "severity");
        if (line < 0) {
            throw new IllegalArgumentException("line must be >= 0: " + line);
        }
    }

    public static Problem error(String source, int line, Field field, String value, String message) {
        return new Problem(source, line, field, value, message, Severity.ERROR);
    }

    public static Problem warning(String source, int line, Field field, String value, String message) {
        return new Problem(source, line, field, value, message, Severity.WARNING);
    }

    public boolean isError() {
        return severity == Severity.ERROR;
    }

    /** {@code file:line: [field] message ('value')}, the form printed in reports and logs. */
    @Override
    public String toString() {
        String where = line > 0 ? source + ":" + line : source;
        String shown = value == null ? "" : " ('" + value + "')";
        return where + ": " + severity + " [" + field.key() + "] " + message + shown;
    }
}
