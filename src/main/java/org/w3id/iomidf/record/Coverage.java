package org.w3id.iomidf.record;

import java.util.Locale;

/** Geographic coverage of a project; {@link #code()} is {@code national}, ..., {@code multi-regional}. */
public enum Coverage {
    NATIONAL,
    REGIONAL,
    GLOBAL,
    MULTI_REGIONAL;

    public String code() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
