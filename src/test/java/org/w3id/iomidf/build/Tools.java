package org.w3id.iomidf.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.w3id.iomidf.map.IriMinter;

/** Runs the independent command-line tools the dumps are checked with, and makes build options for tests. */
final class Tools {
    private static final Pattern RAPPER_COUNT = Pattern.compile("Parsing returned (\\d+) triples");

    private Tools() {}

    record Run(int exit, String out, String err) {}

    /** Runs a command; a missing tool fails the test (it is required, never skipped). */
    static Run run(Path dir, String... command) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(command).directory(dir.toFile()).start();
        byte[] out = p.getInputStream().readAllBytes();
        byte[] err = p.getErrorStream().readAllBytes();
        return new Run(p.waitFor(), new String(out, StandardCharsets.UTF_8), new String(err, StandardCharsets.UTF_8));
    }

    /** Parses a file with Debian's rapper (raptor2-utils) and returns the triple count it reports. */
    static long rapperCount(Path file, String syntax) throws IOException, InterruptedException {
        Run r = run(file.getParent(), "rapper", "-i", syntax, "-c", file.toString(), "https://example.org/");
        assertEquals(0, r.exit(), () -> "rapper failed on " + file + ":\n" + r.err());
        assertTrue(!r.err().contains("Error") && !r.err().contains("Warning"), r::err);
        Matcher m = RAPPER_COUNT.matcher(r.err());
        assertTrue(m.find(), r::err);
        return Long.parseLong(m.group(1));
    }

    static BuildOptions options(List<Path> inputs, Path out, String instant) {
        return new BuildOptions(
                inputs, out, IriMinter.DEFAULT_BASE, false, Clock.fixed(Instant.parse(instant), ZoneOffset.UTC));
    }
}
