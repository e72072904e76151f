package org.w3id.iomidf.build;

/**
 * A build that could not complete (output not writable, store or dump failure, published graph not conforming).
 * Nothing was switched: the previous release, if any, is still the live one.
 */
public class BuildFailure extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public BuildFailure(String message, Throwable cause) {
        super(message, cause);
    }

    public BuildFailure(String message) {
        super(message);
    }
}
