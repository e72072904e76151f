package org.w3id.iomidf.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

/**
 * The Docker deployment as far as it can be checked without a Docker engine: the compose file parses and
 * resolves its paths from the repository root, bounds its restarts, and mounts the same sample the quick
 * start builds; the image copies that sample; the build context leaves out what the image does not need; and
 * the entrypoint, started as root, makes a root-owned data folder the service user's and runs as that user.
 */
class DockerFilesTest {

    @Test
    @SuppressWarnings("unchecked")
    void composeFileResolvesFromTheRepositoryRootAndStopsRetrying() throws IOException {
        Map<String, Object> compose;
        try (InputStream in = Files.newInputStream(Path.of("docker/compose.yaml"))) {
            compose = new Yaml().load(in);
        }
        Map<String, Object> service =
                (Map<String, Object>) ((Map<String, Object>) compose.get("services")).get("idf-ld");
        Map<String, Object> build = (Map<String, Object>) service.get("build");
        assertEquals(".", build.get("context"));
        assertTrue(Files.isRegularFile(Path.of((String) build.get("dockerfile"))), "the Dockerfile named exists");
        assertTrue(String.valueOf(service.get("restart")).matches("on-failure:\\d+"), "restarts are bounded");
        List<String> volumes = (List<String>) service.get("volumes");
        String pages = volumes.stream()
                .filter(v -> v.endsWith(":/pages:ro"))
                .findFirst()
                .orElseThrow();
        String fallback = pages.substring(pages.indexOf(":-") + 2, pages.indexOf('}'));
        assertTrue(Files.isDirectory(Path.of(fallback)), "the default pages folder exists from the root: " + fallback);
        String dockerfile = Files.readString(Path.of("docker/Dockerfile"));
        assertTrue(
                dockerfile.contains(
                        "COPY --from=build /src/" + Path.of(fallback).normalize() + " /pages"),
                dockerfile);
        assertTrue(
                Files.readString(Path.of("README.md")).contains("build src/test/resources/sample --out site"),
                "the quick start builds the same sample");
        List<String> ignored = Files.readAllLines(Path.of(".dockerignore"));
        assertTrue(ignored.containsAll(List.of(".git", "target", "site")), ignored::toString);
    }

    @Test
    void entrypointHandsARootOwnedDataFolderToTheServiceUser() throws Exception {
        Path dir = Files.createTempDirectory("idf-ld-entrypoint");
        try {
            Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwxrwxrwx"));
            Path script = Files.copy(Path.of("docker/entrypoint.sh"), dir.resolve("entrypoint.sh"));
            Path log = dir.resolve("calls.log");
            Path fake = Files.writeString(
                    dir.resolve("idf-ld"),
                    "#!/bin/sh\n"
                            + "echo \"$(id -un) $*\" >> " + log + "\n"
                            + "if [ \"$1\" = build ]; then mkdir -p \"$4/current\" && echo '{}' > \"$4/current/release.json\"; fi\n");
            Files.setPosixFilePermissions(fake, PosixFilePermissions.fromString("rwxr-xr-x"));
            Files.writeString(log, "");
            Files.setPosixFilePermissions(log, PosixFilePermissions.fromString("rw-rw-rw-"));
            Path data = Files.createDirectories(dir.resolve("data"));
            Path pages = Files.createDirectories(dir.resolve("pages"));
            ProcessBuilder pb = new ProcessBuilder("bash", script.toString()).redirectErrorStream(true);
            pb.environment()
                    .putAll(Map.of(
                            "IDF_LD", fake.toString(),
                            "IDF_LD_USER", "nobody",
                            "IDF_LD_DATA", data.toString(),
                            "IDF_LD_PAGES", pages.toString()));
            pb.environment().remove("IDF_LD_ALL_INTERFACES");
            Process p = pb.start();
            String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertTrue(p.waitFor(30, TimeUnit.SECONDS));
            assertEquals(0, p.exitValue(), output);
            List<String> calls = Files.readAllLines(log);
            assertEquals(2, calls.size(), calls::toString);
            assertTrue(calls.get(0).startsWith("nobody build " + pages + " --out " + data), calls::toString);
            assertTrue(calls.get(1).startsWith("nobody serve " + data), calls::toString);
            assertEquals("nobody", Files.getOwner(data).getName(), "the data folder was handed over");
        } finally {
            try (Stream<Path> walk = Files.walk(dir)) {
                for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(p);
                }
            }
        }
    }
}
