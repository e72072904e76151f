package org.w3id.iomidf.source;

import java.math.BigDecimal;
import java.util.regex.Pattern;

/**
 * The shapes of field values. Each parse method returns null for a value that does not fit; the caller
 * reports it with the file, line and value.
 */
final class ValueRules {
    private static final Pattern FOUR_DIGITS = Pattern.compile("\\d{4}");

    static final Pattern PRIMA = Pattern.compile("[A-Z]{2}(10|99)P\\d{4}");
    static final Pattern PROJECT_ID = Pattern.compile("[A-Z]{2}\\.\\d{4}");
    /** Pre-2010 identifiers such as {@code V43-805}. */
    static final Pattern LEGACY_PROJECT_ID = Pattern.compile("[A-Z]\\d{2}-\\d{3,4}");
    /** {@code 200000.00} (iom.int) or {@code 103,058} (old site), optionally after "USD" or "$". */
    static final Pattern BUDGET =
            Pattern.compile("(?:USD\\s*|US\\$\\s*|\\$\\s*)?(\\d{1,3}(?:,\\d{3})+|\\d+)(\\.\\d{1,2})?");
    /**
     * Years outside this range are errors: the Development Fund started in 2001, its predecessor facility
     * (legacy IDs) a few years before; pages show planned years some years ahead.
     */
    static final int FIRST_YEAR = 1990;

    static final int LAST_YEAR = 2100;

    private ValueRules() {}

    /** A four-digit year within range, or null. */
    static Integer year(String value) {
        if (!FOUR_DIGITS.matcher(value).matches()) {
            return null;
        }
        int y = Integer.parseInt(value);
        return y >= FIRST_YEAR && y <= LAST_YEAR ? y : null;
    }

    static String yearProblem(String value) {
        return FOUR_DIGITS.matcher(value).matches()
                ? "year out of range " + FIRST_YEAR + "-" + LAST_YEAR
                : "not a four-digit year";
    }

    /** The amount with two decimals, or null. */
    static BigDecimal budget(String value) {
        var m = BUDGET.matcher(value.replace(" ", ""));
        if (!m.matches()) {
            return null;
        }
        String digits = m.group(1).replace(",", "") + (m.group(2) == null ? "" : m.group(2));
        return new BigDecimal(digits).setScale(2);
    }

    static boolean looksLikeProjectId(String value) {
        return PROJECT_ID.matcher(value).matches()
                || LEGACY_PROJECT_ID.matcher(value).matches();
    }

    /** The type code an {@code XX.NNNN} project ID starts with, or null. */
    static String typeCodeOf(String projectId) {
        return projectId != null && PROJECT_ID.matcher(projectId).matches() ? projectId.substring(0, 2) : null;
    }
}
