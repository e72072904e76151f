package org.w3id.iomidf.serve;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.atlas.json.JsonValue;

/**
 * A headless Chromium driven as a person would use it, through the DevTools protocol: open a page, run a script
 * in it (to click, type or read), wait for something to happen. One browser, one tab. Chromium must be installed
 * (CI installs it); without it the tests using this fail.
 */
final class Chromium implements AutoCloseable {
    private static final Pattern LISTENING = Pattern.compile("DevTools listening on (ws://\\S+)");
    private static final Duration WAIT = Duration.ofSeconds(30);

    private final Process process;
    private final WebSocket socket;
    private final String session;
    private final AtomicInteger ids = new AtomicInteger();
    private final Map<Integer, CompletableFuture<JsonObject>> pending = new ConcurrentHashMap<>();

    Chromium(Path profile) throws IOException, InterruptedException {
        process = new ProcessBuilder(List.of(
                        "chromium",
                        "--headless",
                        "--no-sandbox",
                        "--disable-gpu",
                        "--no-first-run",
                        "--disable-background-networking",
                        "--disable-component-update",
                        "--disable-sync",
                        "--window-size=1280,1600",
                        "--remote-debugging-port=0",
                        "--user-data-dir=" + profile,
                        "about:blank"))
                .start();
        process.getInputStream().close();
        BufferedReader err =
                new BufferedReader(new InputStreamReader(process.getErrorStream(), StandardCharsets.UTF_8));
        String address = null;
        for (String line = err.readLine(); line != null; line = err.readLine()) {
            Matcher m = LISTENING.matcher(line);
            if (m.find()) {
                address = m.group(1);
                break;
            }
        }
        if (address == null) {
            throw new IOException("chromium did not start its DevTools endpoint");
        }
        Thread drain = new Thread(() -> err.lines().forEach(l -> {}));
        drain.setDaemon(true);
        drain.start();
        socket = HttpClient.newHttpClient()
                .newWebSocketBuilder()
                .buildAsync(URI.create(address), new Listener())
                .join();
        String target = send(null, "Target.createTarget", "{\"url\":\"about:blank\"}")
                .get("targetId")
                .getAsString()
                .value();
        session = send(null, "Target.attachToTarget", "{\"targetId\":\"" + target + "\",\"flatten\":true}")
                .get("sessionId")
                .getAsString()
                .value();
        send(session, "Page.enable", "{}");
    }

    /** Opens {@code url} and waits until the page has loaded. */
    void open(String url) {
        navigating(() -> send(
                session,
                "Page.navigate",
                "{\"url\":" + new org.apache.jena.atlas.json.JsonString(url).toString() + "}"));
    }

    /** Runs {@code action} (a click, a form sent) and waits until the page it leads to has loaded. */
    void navigating(Runnable action) {
        eval("window.__before = true");
        action.run();
        waitFor(() ->
                "undefined".equals(eval("typeof window.__before")) && "complete".equals(eval("document.readyState")));
    }

    /** The value of {@code script} run in the page (awaited if it is a promise), as JSON; null for undefined. */
    JsonValue value(String script) {
        JsonObject r = send(
                session,
                "Runtime.evaluate",
                "{\"expression\":" + new org.apache.jena.atlas.json.JsonString(script).toString()
                        + ",\"awaitPromise\":true,\"returnByValue\":true}");
        if (r.get("exceptionDetails") != null) {
            throw new IllegalStateException("script failed in the page: " + r.get("exceptionDetails"));
        }
        return r.get("result").getAsObject().get("value");
    }

    /** The value of {@code script} as text (a string's value, else its JSON); null for undefined. */
    String eval(String script) {
        JsonValue v = value(script);
        if (v == null) {
            return null;
        }
        return v.isString() ? v.getAsString().value() : v.toString();
    }

    /** Clicks at a point of the page, as a mouse does. */
    void clickAt(double x, double y) {
        for (String type : List.of("mousePressed", "mouseReleased")) {
            send(
                    session,
                    "Input.dispatchMouseEvent",
                    "{\"type\":\"" + type + "\",\"x\":" + x + ",\"y\":" + y + ",\"button\":\"left\",\"clickCount\":1}");
        }
    }

    /** Lets downloads go to {@code dir}. */
    void downloadTo(Path dir) {
        send(
                null,
                "Browser.setDownloadBehavior",
                "{\"behavior\":\"allow\",\"downloadPath\":"
                        + new org.apache.jena.atlas.json.JsonString(dir.toString()).toString() + "}");
    }

    /** Makes each request wait {@code latency} before it is answered, as on a slow link. */
    void slowLink(Duration latency) {
        send(session, "Network.enable", "{}");
        send(
                session,
                "Network.emulateNetworkConditions",
                "{\"offline\":false,\"latency\":" + latency.toMillis()
                        + ",\"downloadThroughput\":-1,\"uploadThroughput\":-1}");
    }

    /** Waits (up to 30 s) until {@code done} holds. */
    static void waitFor(BooleanSupplier done) {
        long until = System.nanoTime() + WAIT.toNanos();
        while (System.nanoTime() < until) {
            try {
                if (done.getAsBoolean()) {
                    return;
                }
            } catch (IllegalStateException e) {
                // a page being replaced answers nothing for a moment
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        throw new AssertionError("waited " + WAIT.toSeconds() + " s in vain");
    }

    private JsonObject send(String sessionId, String method, String params) {
        int id = ids.incrementAndGet();
        CompletableFuture<JsonObject> answer = new CompletableFuture<>();
        pending.put(id, answer);
        String message = "{\"id\":" + id + ",\"method\":\"" + method + "\",\"params\":" + params
                + (sessionId == null ? "" : ",\"sessionId\":\"" + sessionId + "\"") + "}";
        socket.sendText(message, true).join();
        try {
            JsonObject reply = answer.get(WAIT.toSeconds(), TimeUnit.SECONDS);
            if (reply.get("error") != null) {
                throw new IllegalStateException(method + ": " + reply.get("error"));
            }
            return reply.get("result").getAsObject();
        } catch (java.util.concurrent.ExecutionException | java.util.concurrent.TimeoutException e) {
            throw new IllegalStateException(method + " got no answer", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private final class Listener implements WebSocket.Listener {
        private final StringBuilder text = new StringBuilder();

        @Override
        public CompletionStage<?> onText(WebSocket ws, CharSequence data, boolean last) {
            text.append(data);
            if (last) {
                JsonObject message = JSON.parse(text.toString());
                text.setLength(0);
                JsonValue id = message.get("id");
                if (id != null) {
                    CompletableFuture<JsonObject> f =
                            pending.remove(id.getAsNumber().value().intValue());
                    if (f != null) {
                        f.complete(message);
                    }
                }
            }
            ws.request(1);
            return null;
        }
    }

    @Override
    public void close() {
        socket.abort();
        process.destroy();
        try {
            if (!process.waitFor(10, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
