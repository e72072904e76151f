package org.w3id.iomidf.source;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Predicate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.w3id.iomidf.country.Gazetteer;
import org.w3id.iomidf.record.CountryRef;
import org.w3id.iomidf.record.PageResult;
import org.w3id.iomidf.record.Problem;

/**
 * Turns page text into a {@link PageResult}: the layout is recognised by structure (bullet labels, the
 * iom.int dash/label/value triples, the old site's doubled title, else a degenerate page), never by file
 * name; values are checked against the code lists and the beneficiaries split by the gazetteer. Problems
 * are returned, never thrown.
 *
 * <pre>
 * PageParser parser = new PageParser(Gazetteer.load());
 * for (PageResult r : parser.parseAll(List.of(Path.of("pages")))) {
 *     r.page().ifPresent(page -> ...);
 * }
 * </pre>
 */
public final class PageParser {
    private static final Logger LOG = LoggerFactory.getLogger(PageParser.class);

    private final PageReader reader;
    private final CodeLists codes;
    private final PageAssembler assembler;
    private final Predicate<String> namesCountries;

    /** A parser that splits beneficiary lines with {@code gazetteer} and reads files with a {@link PageReader}. */
    public PageParser(Gazetteer gazetteer) {
        this(gazetteer::split, new PageReader(), CodeLists.load());
    }

    /**
     * A parser that recognises controlled values with {@code codes}, names each page relative to the input argument ({@code roots}) it was found under and
     * knows the web addresses of a sources manifest, as {@link PageReader#PageReader(java.time.Clock, List,
     * java.util.Map)} does.
     */
    public PageParser(
            Gazetteer gazetteer, CodeLists codes, List<Path> roots, java.util.Map<String, String> webAddresses) {
        this(gazetteer::split, new PageReader(java.time.Clock.systemUTC(), roots, webAddresses), codes);
    }

    PageParser(Function<String, List<CountryRef>> countries, PageReader reader) {
        this(countries, reader, CodeLists.load());
    }

    private PageParser(Function<String, List<CountryRef>> countries, PageReader reader, CodeLists codes) {
        this.reader = reader;
        this.codes = codes;
        this.assembler = new PageAssembler(codes, countries);
        this.namesCountries = line -> {
            List<CountryRef> refs = countries.apply(line);
            return !refs.isEmpty() && refs.stream().allMatch(CountryRef::resolved);
        };
    }

    /** Parses one page already read by {@link PageReader}. */
    public PageResult parse(PageText text) {
        if (text.lines().isEmpty()) {
            return new PageResult(text.source().path(), Optional.empty(), text.problems());
        }
        String source = text.source().path();
        Scan scan = BulletLayout.scan(text.lines(), source)
                .or(() -> SiteLayout.scan(text.lines(), source))
                .or(() -> DevfundLayout.scan(text.lines(), codes, namesCountries))
                .orElseGet(() -> PlainLayout.scan(text.lines(), namesCountries));
        PageResult result = assembler.assemble(text, scan);
        LOG.debug(
                "{}: {} layout, {} problems",
                source,
                scan.layout(),
                result.problems().size());
        return result;
    }

    /** Reads and parses one page of a web archive. */
    public PageResult parse(ArchivedPage page) {
        return parse(reader.read(page));
    }

    /** Reads and parses one file. */
    public PageResult parse(Path file) {
        return parse(reader.read(file));
    }

    /**
     * Reads and parses every page under the given files and folders, in {@link PageReader#find} order; a path
     * that does not exist gives a result with its problem and no page.
     */
    public List<PageResult> parseAll(List<Path> roots) {
        PageFiles found = reader.find(roots);
        List<PageResult> results = new ArrayList<>();
        for (Problem p : found.problems()) {
            results.add(new PageResult(p.source(), Optional.empty(), List.of(p)));
        }
        found.files().forEach(f -> results.add(parse(f)));
        found.archived().forEach(p -> results.add(parse(p)));
        long failed = results.stream().filter(PageResult::hasErrors).count();
        LOG.info("parsed {} pages ({} with errors, {} other files skipped)", found.pages(), failed, found.skipped());
        return results;
    }
}
