package org.w3id.iomidf.serve.http;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.handler.ContextHandler;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.Callback;

/**
 * The answer to every error no servlet of the server answered itself: a request Jetty could not read, or a
 * servlet that failed. Plain text, the status and its reason, and Jetty's message only when it describes the
 * request (a status below 500, no exception behind it, no Java name in it); never an exception's name or
 * message, a stack, or the request's address echoed into markup, as Jetty's own error page would show.
 *
 * <pre>{@code
 * PlainErrors.install(jetty);   // before the server starts
 * }</pre>
 */
public final class PlainErrors extends ErrorHandler {
    private static final Pattern JAVA_NAME = Pattern.compile("[a-z]\\w*\\.[a-z]\\w*\\.|Exception|Error\\b");

    private PlainErrors() {}

    /** Puts the plain error answer in place of Jetty's, for the server and each of its contexts. */
    public static void install(Server jetty) {
        PlainErrors errors = new PlainErrors();
        jetty.setErrorHandler(errors);
        for (ContextHandler context : jetty.getDescendants(ContextHandler.class)) {
            context.setErrorHandler(errors);
        }
    }

    @Override
    protected void generateResponse(
            Request request, Response response, int code, String message, Throwable cause, Callback callback) {
        byte[] body = (text(code, message, cause) + "\n").getBytes(StandardCharsets.UTF_8);
        response.getHeaders().put(HttpHeader.CONTENT_TYPE, "text/plain;charset=utf-8");
        response.getHeaders().put(HttpHeader.CONTENT_LENGTH, body.length);
        response.write(true, ByteBuffer.wrap(body), callback);
    }

    /** The text of an error answer: {@code 400 Bad Request}, then the message where it may be shown. */
    static String text(int code, String message, Throwable cause) {
        String reason = HttpStatus.getMessage(code);
        String said = code < 500
                        && cause == null
                        && message != null
                        && !message.isBlank()
                        && !message.equals(reason)
                        && !JAVA_NAME.matcher(message).find()
                ? ": " + Reply.printable(message.strip())
                : "";
        return code + " " + reason + said;
    }
}
