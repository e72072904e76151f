package org.w3id.iomidf.generate;

import org.w3id.iomidf.record.Field;
import org.w3id.iomidf.record.Severity;

/**
 * The ways a generated page is broken on purpose, each with the problem a reader must report for it: the
 * field it concerns and its severity. Pages broken beyond reading (empty, binary, no title) yield no record.
 */
enum Broken {
    EMPTY("empty", Field.PAGE, Severity.ERROR, false),
    BINARY("binary", Field.PAGE, Severity.ERROR, false),
    NO_TITLE("no-title", Field.TITLE, Severity.ERROR, false),
    BAD_BUDGET("bad-budget", Field.BUDGET, Severity.ERROR, true),
    END_BEFORE_START("end-before-start", Field.END_YEAR, Severity.ERROR, true),
    UNKNOWN_COUNTRY("unknown-country", Field.COUNTRIES, Severity.WARNING, true);

    private final String kind;
    private final Field field;
    private final Severity severity;
    private final boolean readable;

    Broken(String kind, Field field, Severity severity, boolean readable) {
        this.kind = kind;
        this.field = field;
        this.severity = severity;
        this.readable = readable;
    }

    String kind() {
        return kind;
    }

    Field field() {
        return field;
    }

    Severity severity() {
        return severity;
    }

    /** Whether a record can still be read from the page (its values are then in the truth). */
    boolean readable() {
        return readable;
    }
}
