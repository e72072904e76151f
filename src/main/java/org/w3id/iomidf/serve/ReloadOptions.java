package org.w3id.iomidf.serve;

import java.time.Duration;

/**
 * How the server learns of a newer release, read once at the command line.
 *
 * @param watchEvery how often {@code DIR/current} is looked at; zero turns the watcher off (then only the
 *                   admin endpoint or SIGHUP switch)
 * @param adminPort  the port of the admin endpoint on 127.0.0.1 ({@code POST /reload}); -1 for none, 0 for any
 *                   free port
 */
public record ReloadOptions(Duration watchEvery, int adminPort) {

    /** Watch every second; no admin endpoint. */
    public static final ReloadOptions DEFAULT = new ReloadOptions(Duration.ofSeconds(1), -1);

    public ReloadOptions {
        if (watchEvery.isNegative()) {
            throw new IllegalArgumentException("watch interval must not be negative: " + watchEvery);
        }
        if (adminPort < -1 || adminPort > 65535) {
            throw new IllegalArgumentException("admin port out of range: " + adminPort);
        }
    }
}
