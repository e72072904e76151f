package org.w3id.iomidf.generate;

import java.nio.file.Path;
import java.util.Objects;

/**
 * What to generate.
 *
 * @param pages how many pages (at least 1)
 * @param seed the seed of the one random source: the same settings give the same bytes
 * @param out the folder to write {@code pages/} and {@code truth.jsonl} into
 * @param brokenShare the share of pages broken on purpose (0 to 1; real collections have about 0.5%); broken
 *     pages are spread evenly and cycle through every kind of defect
 */
public record GeneratorSettings(int pages, long seed, Path out, double brokenShare) {
    /** The share of broken pages when none is given. */
    public static final double DEFAULT_BROKEN_SHARE = 0.005;

    public GeneratorSettings {
        Objects.requireNonNull(out, "out");
        if (pages < 1) {
            throw new IllegalArgumentException("pages must be at least 1: " + pages);
        }
        if (brokenShare < 0 || brokenShare > 1) {
            throw new IllegalArgumentException("brokenShare must be between 0 and 1: " + brokenShare);
        }
    }

    public GeneratorSettings(int pages, long seed, Path out) {
        this(pages, seed, out, DEFAULT_BROKEN_SHARE);
    }

    /** The defect of page {@code index}, or null: one page in every {@code 1 / brokenShare}, kinds in turn. */
    Broken broken(int index) {
        if (brokenShare == 0) {
            return null;
        }
        int period = Math.max(1, (int) Math.round(1 / brokenShare));
        if (index % period != period / 2) {
            return null;
        }
        Broken[] kinds = Broken.values();
        return kinds[(index / period) % kinds.length];
    }
}
