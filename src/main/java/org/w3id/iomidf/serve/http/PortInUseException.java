package org.w3id.iomidf.serve.http;

/** The port the server was asked to listen on is already taken by another process. */
public final class PortInUseException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public PortInUseException(int port, Throwable cause) {
        super("port " + port + " is already in use; stop the other server or choose another port with --port", cause);
    }
}
