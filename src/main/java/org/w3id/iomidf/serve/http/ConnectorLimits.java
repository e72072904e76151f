package org.w3id.iomidf.serve.http;

import org.eclipse.jetty.server.Connector;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.Server;

/**
 * The limits that live below the servlets: the HTTP connector's bounds on the request line and headers, and the
 * time a request body has to arrive ({@link WholeBody}).
 */
public final class ConnectorLimits {

    private ConnectorLimits() {}

    /**
     * Bounds the request line and headers of every connector of a built, not yet started, server: Jetty then
     * answers a longer URI with 414 and longer headers with 431, before any servlet sees the request. Request
     * bodies are read whole, within {@link WholeBody#BODY_TIME}, before the server's handlers see them. (Jetty's
     * minimum request data rate is left off: it counts from the body's first byte to each read of it, so a small body read after a
     * busy moment was refused 408 though every byte of it had long arrived.)
     */
    public static void apply(Server jetty, int maxHeaderBytes, long maxBodyBytes) {
        for (Connector c : jetty.getConnectors()) {
            HttpConnectionFactory http = c.getConnectionFactory(HttpConnectionFactory.class);
            if (http != null) {
                http.getHttpConfiguration().setRequestHeaderSize(maxHeaderBytes);
                http.getHttpConfiguration().setSendServerVersion(false);
            }
        }
        jetty.setHandler(new WholeBody(jetty.getHandler(), maxBodyBytes));
    }
}
