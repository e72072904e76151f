package org.w3id.iomidf.country;

import java.util.Map;
import java.util.Objects;
import org.w3id.iomidf.record.PageLanguage;

/**
 * A UN M49 geographic region: World (001), a region (e.g. 002 Africa), a sub-region (015 Northern Africa)
 * or an intermediate region (014 Eastern Africa).
 *
 * @param parentM49 the enclosing region's code; null for World
 */
public record M49Region(String m49, Level level, Map<PageLanguage, String> names, String parentM49) {

    /** Depth in the M49 hierarchy. */
    public enum Level {
        WORLD,
        REGION,
        SUB_REGION,
        INTERMEDIATE_REGION
    }

    public M49Region {
        Objects.requireNonNull(m49, "m49");
        Objects.requireNonNull(level, "level");
        if (!m49.matches("\\d{3}")) {
            throw new IllegalArgumentException("M49 code must be three digits: " + m49);
        }
        if ((parentM49 == null) != (level == Level.WORLD)) {
            throw new IllegalArgumentException("only World has no parent: " + m49);
        }
        names = Map.copyOf(names);
    }
}
