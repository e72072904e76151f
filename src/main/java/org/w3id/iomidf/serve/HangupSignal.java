package org.w3id.iomidf.serve;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import sun.misc.Signal;

/**
 * {@code kill -HUP <pid>} asks a running server to switch to the release {@code DIR/current} points at now,
 * as daemons conventionally reload on SIGHUP. Uses the JDK's {@code sun.misc.Signal}; on a platform without
 * SIGHUP the server simply relies on the watcher and the admin endpoint.
 */
final class HangupSignal {

    private static final Logger LOG = LoggerFactory.getLogger(HangupSignal.class);

    private HangupSignal() {}

    /** Runs {@code action} on each SIGHUP; false if the platform has no such signal. */
    static boolean install(Runnable action) {
        try {
            Signal.handle(new Signal("HUP"), s -> action.run());
            return true;
        } catch (IllegalArgumentException | UnsupportedOperationException e) {
            LOG.debug("SIGHUP is not available here", e);
            return false;
        }
    }
}
