package org.w3id.iomidf.build;

/**
 * A complete build that was not switched in because it would have taken data away from the readers (no project
 * at all, or far fewer than the live release). Its message is the one line the console shows.
 */
public final class LossRefused extends BuildFailure {
    private static final long serialVersionUID = 1L;

    LossRefused(String line) {
        super(line);
    }
}
