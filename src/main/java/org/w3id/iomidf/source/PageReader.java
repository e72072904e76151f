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
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.w3id.iomidf.record.Field;
import org.w3id.iomidf.record.Problem;
import org.w3id.iomidf.record.SourcePage;
import org.w3id.iomidf.record.WebCapture;

/**
 * The first stage: finds page files under the paths a user gives and reads each into {@link PageText}
 * (decoded, line ends normalised, saved HTML pages reduced to their text lines, characters XML cannot carry
 * removed with a warning: see {@link XmlCharacters}). Nothing here throws for a bad input: a missing path, an
 * unreadable, empty or binary file becomes an ERROR problem. Web archives (WARC files) among the inputs give their
 * pages too: each address's newest successful capture.
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
    private final List<Path> roots;
    private final Map<String, String> webAddresses;

    public PageReader() {
        this(Clock.systemUTC());
    }

    /** With a fixed clock, {@link SourcePage#readAt()} is reproducible. */
    public PageReader(Clock clock) {
        this(clock, List.of());
    }

    /**
     * A reader that names each page relative to the one of {@code roots} (the input arguments) it was found
     * under, so that the same pages are named alike wherever they lie; pages under no root keep their path.
     */
    public PageReader(Clock clock, List<Path> roots) {
        this(clock, roots, Map.of());
    }

    /**
     * As above, with the web addresses of pages from a sources manifest, keyed by the page's name (see {@link
     * #name}) or by its file name; an address there is taken before the one a saved page states.
     */
    public PageReader(Clock clock, List<Path> roots, Map<String, String> webAddresses) {
        this.clock = clock;
        this.roots = List.copyOf(roots);
        this.webAddresses = Map.copyOf(webAddresses);
    }

    /** The address the manifest gives for a page, by its name, else by its file name; null if none. */
    private String listedAddress(String name) {
        String url = webAddresses.get(name);
        return url != null ? url : webAddresses.get(name.substring(name.lastIndexOf('/') + 1));
    }

    /** The published name of {@code file}: relative to the root it lies under, {@code /} between folders. */
    String name(Path file) {
        Path f = file.toAbsolutePath().normalize();
        for (Path root : roots) {
            Path r = root.toAbsolutePath().normalize();
            if (f.equals(r)) {
                return f.getFileName().toString();
            }
            if (f.startsWith(r)) {
                List<String> parts = new ArrayList<>();
                r.relativize(f).forEach(p -> parts.add(p.toString()));
                return String.join("/", parts);
            }
        }
        return file.toString();
    }

    /**
     * Page files ({@code .txt}, {@code .html}, {@code .htm}) among the given files and, recursively, inside the
     * given folders: each folder's pages sorted by path, folders in the order given, each file once.
     */
    public PageFiles find(List<Path> roots) {
        Set<Path> files = new LinkedHashSet<>();
        Set<Path> archives = new LinkedHashSet<>();
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
                    regular.stream().filter(PageReader::isWarc).forEach(archives::add);
                    regular.stream().filter(p -> !isPage(p) && !isWarc(p)).forEach(others::add);
                } catch (IOException | UncheckedIOException e) {
                    problems.add(Problem.error(
                            root.toString(), 0, Field.PAGE, root.toString(), "cannot list folder: " + e.getMessage()));
                }
            } else if (isWarc(root)) {
                archives.add(root);
            } else {
                files.add(root);
            }
        }
        List<ArchivedPage> archived = WarcPages.newest(List.copyOf(archives), problems);
        return new PageFiles(List.copyOf(files), others, problems, archived);
    }

    /** Reads one page file; never throws for a bad file (its problems say what is wrong). */
    public PageText read(Path file) {
        String path = file.toString();
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            SourcePage source = new SourcePage(path, name(file), sha256(new byte[0]), clock.instant(), null);
            return new PageText(
                    source, List.of(), List.of(Problem.error(path, 0, Field.PAGE, null, "cannot read file: " + e)));
        }
        return read(path, name(file), bytes);
    }

    /**
     * Reads one page from its web archive: an HTML page at the capture's address, with the capture's record ID
     * and date; never throws for a damaged record (its problem says what is wrong).
     */
    public PageText read(ArchivedPage page) {
        WebCapture capture = new WebCapture(page.recordId(), page.capturedAt());
        byte[] bytes;
        try {
            bytes = WarcPages.bytes(page);
        } catch (IOException | RuntimeException e) {
            SourcePage source = new SourcePage(
                            page.path(), page.url(), sha256(new byte[0]), clock.instant(), page.url())
                    .captured(capture);
            return new PageText(
                    source,
                    List.of(),
                    List.of(Problem.error(page.path(), 0, Field.PAGE, null, "cannot read the archived page: " + e)));
        }
        PageText text = read(page.path(), name(page.warc()) + "#" + page.url(), bytes, true, page.url());
        return new PageText(text.source().captured(capture), text.lines(), text.problems());
    }

    /**
     * Reads the bytes of a page named {@code name} (its extension says whether it is HTML) without touching the
     * file system: the path of {@link #read(Path)} after the file was read.
     */
    PageText read(String name, byte[] bytes) {
        return read(name, name, bytes);
    }

    private PageText read(String name, String published, byte[] bytes) {
        return read(name, published, bytes, isHtml(name), null);
    }

    /** {@code address}: where the page was fetched from, known before the manifest or the page is asked. */
    private PageText read(String name, String published, byte[] bytes, boolean html, String address) {
        SourcePage source = new SourcePage(name, published, sha256(bytes), clock.instant(), null);
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
        List<PageLine> lines;
        String url = address != null ? address : listedAddress(published);
        if (html) {
            HtmlLines.Page page = HtmlLines.page(decoded.text());
            lines = page.lines();
            url = url == null ? page.url() : url;
            source = source.withAlternates(Alternates.of(decoded.text(), url));
        } else {
            lines = lines(decoded.text());
        }
        source = source.at(url);
        lines = XmlCharacters.clean(lines, name, problems);
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

    /** A web archive: {@code .warc} or {@code .warc.gz} (ISO 28500). */
    static boolean isWarc(Path p) {
        String n = p.getFileName().toString().toLowerCase(Locale.ROOT);
        return n.endsWith(".warc") || n.endsWith(".warc.gz");
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
