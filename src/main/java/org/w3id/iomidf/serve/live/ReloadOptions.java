package org.w3id.iomidf.serve.live;

import java.time.Duration;

/**
 * How the server learns of a newer release, read once at the command line. Besides the watcher, {@code SIGHUP}
 * switches at once; nothing on the network can make the server switch.
 *
 * @param watchEvery how often {@code DIR/current} is looked at; zero turns the watcher off (then only SIGHUP
 *                   switches)
 */
public record ReloadOptions(Duration watchEvery) {

    /** Watch every second. */
    public static final ReloadOptions DEFAULT = new ReloadOptions(Duration.ofSeconds(1));

    public ReloadOptions {
        if (watchEvery.isNegative()) {
            throw new IllegalArgumentException("watch interval must not be negative: " + watchEvery);
        }
    }
}
