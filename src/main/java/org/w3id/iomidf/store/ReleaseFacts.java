package org.w3id.iomidf.store;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.atlas.json.JsonValue;

/** What a complete release's {@code release.json} says of it, as a later build reads it. */
final class ReleaseFacts {

    private ReleaseFacts() {}

    /**
     * The projects the release at {@code release} published.
     *
     * @throws IOException if its {@code release.json} cannot be read or lacks the count
     */
    static int projects(Path release) throws IOException {
        JsonObject json;
        try (InputStream in = Files.newInputStream(release.resolve("release.json"))) {
            json = JSON.parse(in);
        } catch (RuntimeException e) {
            throw new IOException("cannot read " + release.resolve("release.json") + ": " + e.getMessage(), e);
        }
        JsonValue n = json.get("projectsPublished");
        if (n == null || !n.isNumber()) {
            throw new IOException(release.resolve("release.json") + " does not say how many projects it published");
        }
        return n.getAsNumber().value().intValue();
    }
}
