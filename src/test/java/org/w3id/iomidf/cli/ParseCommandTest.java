package org.w3id.iomidf.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code idf-ld parse}: JSON Lines with the keys of expected/*.json, plus source and problems. */
class ParseCommandTest {
    @TempDir
    Path dir;

    @Test
    void printsOneObjectPerPageWithTheExpectedKeys() throws Exception {
        Path page =
                Path.of(getClass().getResource("/sample/pages/MZ10P0504-es.txt").toURI());
        Path expectedFile = page.resolveSibling("expected/MZ10P0504-es.json");
        Run run = run(page.toString());
        assertEquals(0, run.exit);
        assertEquals(1, run.lines.size());
        JsonObject actual = JSON.parse(run.lines.get(0));
        JsonObject expected = JSON.read(expectedFile.toString());
        List<String> keys = new ArrayList<>(expected.keys());
        keys.remove("notes");
        keys.add(0, "source");
        keys.add("problems");
        assertEquals(keys, new ArrayList<>(actual.keys()), "keys, in order");
        for (String key : expected.keys()) {
            if (!key.equals("notes") && !key.equals("truncated")) {
                assertEquals(expected.get(key), actual.get(key), key);
            }
        }
        assertEquals(page.toString(), actual.get("source").getAsString().value());
        assertEquals(
                0,
                actual.get("problems").getAsArray().size(),
                actual.get("problems").toString());
    }

    @Test
    void exitCodeOneAndProblemsWhenAPageHasAnError() throws Exception {
        Path empty = Files.writeString(dir.resolve("empty.txt"), "");
        Run run = run("--pretty", empty.toString());
        assertEquals(1, run.exit);
        JsonObject o = JSON.parse(String.join("\n", run.lines));
        assertEquals(List.of("source", "problems"), new ArrayList<>(o.keys()));
        JsonObject problem = o.get("problems").getAsArray().get(0).getAsObject();
        assertEquals("ERROR", problem.get("severity").getAsString().value());
        assertEquals("page", problem.get("field").getAsString().value());
        assertEquals(0, problem.get("line").getAsNumber().value().intValue());
        assertTrue(problem.get("value").isNull());
    }

    @Test
    void helpAndMissingArgument() {
        assertEquals(0, run("--help").exit);
        assertEquals(2, run().exit);
    }

    private record Run(int exit, List<String> lines) {}

    private static Run run(String... args) {
        StringWriter out = new StringWriter();
        CommandLine cl = Main.commandLine();
        cl.setOut(new PrintWriter(out));
        cl.setErr(new PrintWriter(new StringWriter()));
        String[] full = new String[args.length + 1];
        full[0] = "parse";
        System.arraycopy(args, 0, full, 1, args.length);
        int exit = cl.execute(full);
        return new Run(exit, out.toString().lines().toList());
    }
}
