package org.w3id.iomidf.source;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3id.iomidf.record.Field;
import org.w3id.iomidf.record.Problem;
import org.w3id.iomidf.record.Severity;

/** Finding pages in files and folders, and reading their bytes. */
class PageReaderTest {
    private final PageReader reader = new PageReader();

    @TempDir
    Path dir;

    @Test
    void findsPagesRecursivelySortedAndSkipsOtherFiles() throws IOException {
        touch("b/z.htm");
        touch("b/a/deep.txt");
        touch("a.TXT");
        touch("c.html");
        touch("README.md");
        touch("b/expected/x.json");
        Path single = touch("single.txt");
        PageFiles found = reader.find(List.of(dir, single, dir.resolve("missing")));
        assertEquals(
                List.of(
                        dir.resolve("a.TXT"),
                        dir.resolve("b/a/deep.txt"),
                        dir.resolve("b/z.htm"),
                        dir.resolve("c.html"),
                        single),
                found.files(),
                "sorted, each file once");
        assertEquals(2, found.skipped());
        Problem missing = found.problems().get(0);
        assertEquals(1, found.problems().size());
        assertEquals(Severity.ERROR, missing.severity());
        assertEquals(Field.PAGE, missing.field());
        assertEquals(dir.resolve("missing").toString(), missing.source());
    }

    @Test
    void readsLinesAndHashesTheRawBytes() throws IOException {
        byte[] bytes = "Title\r\nsecond\rthird\n".getBytes(StandardCharsets.UTF_8);
        Path file = Files.write(dir.resolve("p.txt"), bytes);
        PageText text = reader.read(file);
        assertEquals(
                List.of(
                        new PageLine(1, "Title"),
                        new PageLine(2, "second"),
                        new PageLine(3, "third"),
                        new PageLine(4, "")),
                text.lines());
        // printf 'Title\r\nsecond\rthird\n' | sha256sum
        assertEquals(
                "86536ddef49e508c360c4612c8a551632a6accbda4cb5463633245c859229ac9",
                text.source().sha256());
        assertEquals(file.toString(), text.source().path());
        assertEquals(List.of(), text.problems());
    }

    @Test
    void readsUtf16WithByteOrderMark() throws IOException {
        byte[] body = "Título\nsegunda".getBytes(StandardCharsets.UTF_16LE);
        byte[] bytes = new byte[body.length + 2];
        bytes[0] = (byte) 0xFF;
        bytes[1] = (byte) 0xFE;
        System.arraycopy(body, 0, bytes, 2, body.length);
        PageText text = reader.read(Files.write(dir.resolve("u16.txt"), bytes));
        assertEquals(List.of(new PageLine(1, "Título"), new PageLine(2, "segunda")), text.lines());
    }

    @Test
    void whitespaceOnlyFileIsEmpty() throws IOException {
        PageText text = reader.read(Files.writeString(dir.resolve("blank.txt"), " \n\t\n"));
        assertEquals(List.of(), text.lines());
        assertEquals(Severity.ERROR, text.problems().get(0).severity());
    }

    private Path touch(String name) throws IOException {
        Path p = dir.resolve(name);
        Files.createDirectories(p.getParent());
        return Files.writeString(p, "x");
    }
}
