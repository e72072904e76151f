package org.w3id.iomidf.record;

import java.util.Locale;

/** Project status; {@link #code()} is the value used in JSON output and in code-list IRIs. */
public enum Status {
    ACTIVE,
    COMPLETED;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }
}
