package org.w3id.iomidf.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.w3id.iomidf.country.Gazetteer;
import org.w3id.iomidf.record.PageResult;
import org.w3id.iomidf.source.PageParser;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code idf-ld parse PAGES...}: parses pages and prints what each says, to check pages or the parser
 * without building anything.
 *
 * <pre>
 * java -jar idf-ld.jar parse pages/FM.0283-fr.txt
 * java -jar idf-ld.jar parse --pretty pages/
 * </pre>
 */
@Command(
        name = "parse",
        mixinStandardHelpOptions = true,
        description = {
            "Parses project pages (.txt, .html, .htm; folders recursively) and prints one JSON object "
                    + "per page, one per line: lang, title, primaId, projectId, typeCode, typeLabel, status, "
                    + "startYear, endYear, fundingYear, budgetUSD, coverage, region, countries (alpha-3, '?name' "
                    + "when unresolved), descriptionParagraphs, truncated, plus source and problems (line, field, "
                    + "value, message, severity). A page that gave no record has only source and problems.",
            "Exit code 1 when any page has an ERROR problem."
        })
final class ParseCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--pretty", description = "Indent each object over several lines.")
    boolean pretty;

    @Parameters(arity = "1..*", paramLabel = "PAGES", description = "Page files or folders.")
    List<Path> pages;

    @Override
    public Integer call() {
        List<PageResult> results = new PageParser(Gazetteer.load()).parseAll(pages);
        PrintWriter out = spec.commandLine().getOut();
        results.forEach(r -> out.println(PageJson.write(r, pretty)));
        out.flush();
        return results.stream().anyMatch(PageResult::hasErrors) ? Main.INPUT_PROBLEMS : Main.OK;
    }
}
