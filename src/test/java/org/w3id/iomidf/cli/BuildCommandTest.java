package org.w3id.iomidf.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** The build command's exit codes and its one-line summary on stdout. */
class BuildCommandTest {
    private static final Path PAGES = Path.of("src/test/resources/sample/pages");

    @TempDir
    Path out;

    private final StringWriter stdout = new StringWriter();
    private final StringWriter stderr = new StringWriter();

    private int run(String... args) {
        CommandLine cl = Main.commandLine();
        cl.setOut(new PrintWriter(stdout));
        cl.setErr(new PrintWriter(stderr));
        return cl.execute(args);
    }

    @Test
    void cleanPagesExitZeroAndPrintTheSummary() {
        int code = run("build", PAGES.resolve("CE.0134-en.txt").toString(), "--out", out.toString(), "--no-progress");
        assertEquals(Main.OK, code, stderr::toString);
        assertTrue(
                stdout.toString()
                        .matches("pages read 1, other files 0, projects published 1, quarantined 0, warnings \\d+, "
                                + "triples \\d+, seconds \\d+\\.\\d\\R"
                                + "report: .+summary.txt\\R"),
                stdout::toString);
    }

    @Test
    void quarantinedPagesExitOne() {
        int code = run(
                "build",
                "src/test/resources/store/bad-pages",
                PAGES.resolve("CE.0134-en.txt").toString(),
                "--out",
                out.toString());
        assertEquals(Main.INPUT_PROBLEMS, code, stderr::toString);
        assertTrue(stdout.toString().contains("quarantined 6"), stdout::toString);
    }

    @Test
    void anUnwritableOutputExitsThree() throws IOException {
        Path file = Files.writeString(out.resolve("file"), "x");
        int code = run("build", PAGES.toString(), "--out", file.resolve("site").toString());
        assertEquals(Main.FAILURE, code);
        assertTrue(stderr.toString().startsWith("idf-ld build: cannot write to output folder"), stderr::toString);
        assertEquals("", stdout.toString());
    }
}
