package org.w3id.iomidf.source;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.w3id.iomidf.record.Field;
import org.w3id.iomidf.record.Problem;
import org.w3id.iomidf.record.SourcePage;

/**
 * The first stage: finds page files under the paths a user gives and reads each into {@link PageText}
 * (decoded, line ends normalised, saved HTML pages reduced to their text lines). Nothing here throws for a
 * bad input: a missing path, an unreadable, empty or binary file becomes an ERROR problem.
 *
 * <pre>
 * PageReader reader = new PageReader();
 * for (Path file : reader.find(List.of(Path.of("pages"))).files()) {
 *     PageText text = reader.read(file);
 * }
 * </pre>
 */
public final class PageReader {
    private static final Pattern LINE_END = Pattern.compile("\r\n|\r|\n");

    private final Clock clock;

    public PageReader() {
        this(Clock.systemUTC());
    }

    /** With a fixed clock, {@link SourcePage#readAt()} is reproducible. */
    public PageReader(Clock clock) {
        this.clock = clock;
    }

    /**
     * Page files ({@code .txt}, {@code .html}, {@code .htm}) among the given files and, recursively, inside the
     * given folders: each folder's pages sorted by path, folders in the order given, each file once.
     */
    public PageFiles find(List<Path> roots) {
        Set<Path> files = new LinkedHashSet<>();
        List<Problem> problems = new ArrayList<>();
        List<Path> others = new ArrayList<>();
        for (Path root : roots) {
            if (!Files.exists(root)) {
                problems.add(Problem.error(root.toString(), 0, Field.PAGE, root.toString(), "no such file or folder"));
            } else if (Files.isDirectory(root)) {
                try (Stream<Path> walk = Files.walk(root)) {
                    List<Path> regular =
                            walk.filter(Files::isRegularFile).sorted().toList();
                    regular.stream().filter(PageReader::isPage).forEach(files::add);
                    regular.stream().filter(p -> !isPage(p)).forEach(others::add);
                } catch (IOException | UncheckedIOException e) {
                    problems.add(Problem.error(
                            root.toString(), 0, Field.PAGE, root.toString(), "cannot list folder: " + e.getMessage()));
                }
            } else {
                files.add(root);
            }
        }
        return new PageFiles(List.copyOf(files), others, problems);
    }

    /** Reads one page file; never throws for a bad file (its problems say what is wrong). */
    public PageText read(Path file) {
        String name = file.toString();
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            SourcePage source = new SourcePage(name, sha256(new byte[0]), clock.instant());
            return new PageText(
                    source, List.of(), List.of(Problem.error(name, 0, Field.PAGE, null, "cannot read file: " + e)));
        }
        return read(name, bytes);
    }

    /**
     * Reads the bytes of a page named {@code name} (its extension says whether it is HTML) without touching the
     * file system: the path of {@link #read(Path)} after the file was read.
     */
    PageText read(String name, byte[] bytes) {
        SourcePage source = new SourcePage(name, sha256(bytes), clock.instant());
        String document = DocumentKind.of(bytes);
        if (document != null) {
            return new PageText(
                    source, List.of(), List.of(Problem.error(name, 0, Field.PAGE, null, "not a page: " + document)));
        }
        TextDecoder.Decoded decoded = TextDecoder.decode(bytes);
        if (decoded == null) {
            return new PageText(
                    source,
                    List.of(),
                    List.of(Problem.error(name, 0, Field.PAGE, null, "not a text file (binary content)")));
        }
        List<Problem> problems = new ArrayList<>();
        if (decoded.fallback()) {
            problems.add(Problem.warning(name, 0, Field.PAGE, null, "not valid UTF-8: read as Windows-1252"));
        }
        List<PageLine> lines = isHtml(name) ? HtmlLines.of(decoded.text()) : lines(decoded.text());
        if (lines.stream().allMatch(PageLine::isBlank)) {
            problems.add(Problem.error(name, 0, Field.PAGE, null, "empty page (no text)"));
            lines = List.of();
        }
        return new PageText(source, lines, problems);
    }

    /** Splits on CRLF, CR or LF; line numbers are 1-based. */
    static List<PageLine> lines(String text) {
        String[] parts = LINE_END.split(text, -1);
        List<PageLine> lines = new ArrayList<>(parts.length);
        for (int i = 0; i < parts.length; i++) {
            lines.add(new PageLine(i + 1, parts[i]));
        }
        return lines;
    }

    static boolean isPage(Path p) {
        String n = p.getFileName().toString().toLowerCase(Locale.ROOT);
        return n.endsWith(".txt") || isHtml(p);
    }

    static boolean isHtml(Path p) {
        return isHtml(p.getFileName().toString());
    }

    static boolean isHtml(String name) {
        String n = name.toLowerCase(Locale.ROOT);
        return n.endsWith(".html") || n.endsWith(".htm");
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("the JDK has no SHA-256", e);
        }
    }
}
