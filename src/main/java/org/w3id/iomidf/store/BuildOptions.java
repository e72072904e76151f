package org.w3id.iomidf.store;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Objects;

/**
 * Everything one build is told, read once at the edge (the command line).
 *
 * @param inputs page files and folders, read in the order given (folders recursively, sorted)
 * @param out the output folder; releases go to {@code out/releases/<id>}, {@code out/current} names the live one
 * @param base the base IRI of instance data, such as {@code https://w3id.org/iom-idf/}
 * @param progress whether to draw a progress bar on stderr for long runs (the caller knows if it is a terminal)
 * @param clock the build's clock: release id, build date and build activity times (fixed in tests)
 */
public record BuildOptions(List<Path> inputs, Path out, String base, boolean progress, Clock clock) {
    public BuildOptions {
        inputs = List.copyOf(inputs);
        Objects.requireNonNull(out, "out");
        Objects.requireNonNull(base, "base");
        Objects.requireNonNull(clock, "clock");
        if (inputs.isEmpty()) {
            throw new IllegalArgumentException("no input pages given");
        }
    }
}
