package org.w3id.iomidf.serve.http;

import org.eclipse.jetty.server.Connector;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.Server;

/**
 * The limits that live below the servlets: the HTTP connector's bounds on the request line and headers and on
 * the rate of a request body.
 */
public final class ConnectorLimits {

    /**
     * The least rate at which a request body (a POSTed query) must arrive, in bytes a second: a body sent a byte
     * at a time would otherwise hold the thread reading it. Below it the request is answered 408.
     */
    static final long MIN_BODY_RATE = 1024;

    private ConnectorLimits() {}

    /**
     * Bounds the request line and headers of every connector of a built, not yet started, server: Jetty then
     * answers a longer URI with 414 and longer headers with 431, before any servlet sees the request.
     */
    public static void apply(Server jetty, int maxHeaderBytes) {
        for (Connector c : jetty.getConnectors()) {
            HttpConnectionFactory http = c.getConnectionFactory(HttpConnectionFactory.class);
            if (http != null) {
                http.getHttpConfiguration().setRequestHeaderSize(maxHeaderBytes);
                http.getHttpConfiguration().setMinRequestDataRate(MIN_BODY_RATE);
                http.getHttpConfiguration().setSendServerVersion(false);
            }
        }
    }
}
