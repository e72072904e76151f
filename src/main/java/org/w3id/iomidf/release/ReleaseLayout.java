package org.w3id.iomidf.release;

import java.util.List;
import org.w3id.iomidf.build.REPORT;

/**
 * The names of the build folder's layout, the contract between the build that writes it and the server (and
 * tests) that read it: {@code releases/<id>} (written as {@code <id>.tmp}), each with {@code tdb2/},
 * {@code text/} (the full-text index), {@code dumps/}, {@code report/} and {@link ReleaseManifest#FILE}; {@code current} naming the live release;
 * {@code tdb2}, {@code dumps} and {@code report} reaching it through {@code current}.
 */
public final class ReleaseLayout {
    public static final String RELEASES = "releases";
    public static final String CURRENT = "current";
    public static final String TDB2 = "tdb2";
    public static final String TEXT = "text";
    public static final String DUMPS = "dumps";
    public static final String REPORT = "report";
    /** The suffix of a release folder being written. */
    public static final String TMP = ".tmp";
    /** The folders of a release, also linked at the top of the build folder through {@link #CURRENT}. */
    public static final List<String> LINKS = List.of(TDB2, DUMPS, REPORT);

    private ReleaseLayout() {}
}
