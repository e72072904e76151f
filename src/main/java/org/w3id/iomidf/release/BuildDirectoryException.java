package org.w3id.iomidf.release;

import java.nio.file.Path;

/** The build directory given to the server cannot be served; the message says why and what to do. */
public final class BuildDirectoryException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public BuildDirectoryException(Path dir, String why) {
        super(dir + ": " + why);
    }

    public BuildDirectoryException(Path dir, String why, Throwable cause) {
        super(dir + ": " + why, cause);
    }
}
