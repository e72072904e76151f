package org.w3id.iomidf.build;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.w3id.iomidf.release.Credits;

/**
 * Everything one build is told, read once at the edge (the command line).
 *
 * @param inputs page files and folders, read in the order given (folders recursively, sorted)
 * @param out the output folder; releases go to {@code out/releases/<id>}, {@code out/current} names the live one
 * @param base the base IRI of instance data, such as {@code https://w3id.org/iom-idf/}
 * @param progress whether to draw a progress bar on stderr for long runs (the caller knows if it is a terminal)
 * @param clock the build's clock: release id, build date and build activity times (fixed in tests)
 * @param minShare the least share of the live release's projects a new release must have to be switched in,
 *     and it must have one project at least; 0 publishes whatever the build made
 * @param webAddresses pages' web addresses from a sources manifest, by page name or file name (may be empty)
 * @param credits who the release is credited to in its description
 * @param keep how many complete releases to keep in {@code out/releases}, the new one included ({@link #KEEP_ALL}
 *     by default); the live release and the one before it are never removed
 */
public record BuildOptions(
        List<Path> inputs,
        Path out,
        String base,
        boolean progress,
        Clock clock,
        double minShare,
        Map<String, String> webAddresses,
        Credits credits,
        int keep) {

    /** Keep every release: the history is the point, and a release costs only its own disk. */
    public static final int KEEP_ALL = Integer.MAX_VALUE;

    /** Default share: a build that loses more than half of the projects is far more likely a mistake. */
    public static final double DEFAULT_MIN_SHARE = 0.5;

    /** With the default share. */
    public BuildOptions(List<Path> inputs, Path out, String base, boolean progress, Clock clock) {
        this(inputs, out, base, progress, clock, DEFAULT_MIN_SHARE, Map.of(), Credits.NONE, KEEP_ALL);
    }

    /** Credited to no one by name, keeping every release. */
    public BuildOptions(
            List<Path> inputs,
            Path out,
            String base,
            boolean progress,
            Clock clock,
            double minShare,
            Map<String, String> webAddresses) {
        this(inputs, out, base, progress, clock, minShare, webAddresses, Credits.NONE, KEEP_ALL);
    }

    public BuildOptions {
        inputs = List.copyOf(inputs);
        webAddresses = Map.copyOf(webAddresses);
        Objects.requireNonNull(out, "out");
        Objects.requireNonNull(base, "base");
        Objects.requireNonNull(clock, "clock");
        Objects.requireNonNull(credits, "credits");
        if (minShare < 0 || minShare > 1) {
            throw new IllegalArgumentException("the share of projects to keep must be from 0 to 1: " + minShare);
        }
        if (keep < 1) {
            throw new IllegalArgumentException("at least one release must be kept: " + keep);
        }
        if (inputs.isEmpty()) {
            throw new IllegalArgumentException("no input pages given");
        }
    }
}
