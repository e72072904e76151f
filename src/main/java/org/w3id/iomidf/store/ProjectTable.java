package org.w3id.iomidf.store;

import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.QuoteMode;
import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonArray;
import org.apache.jena.atlas.json.JsonObject;
import org.w3id.iomidf.country.Country;
import org.w3id.iomidf.country.Gazetteer;
import org.w3id.iomidf.map.IriMinter;
import org.w3id.iomidf.map.MergedProject;
import org.w3id.iomidf.record.CodeScheme;
import org.w3id.iomidf.record.CountryRef;
import org.w3id.iomidf.record.PageLanguage;
import org.w3id.iomidf.record.ProjectValues;
import org.w3id.iomidf.release.Dump;
import org.w3id.iomidf.source.CodeLists;

/**
 * The CSV dump: one row per published project, in publication order, with its beneficiaries' codes so that a
 * spreadsheet user can join with other country tables without SPARQL, and English labels beside the codes.
 * Lists inside a cell are joined with {@code ;}; codes are written as text (M49 keeps its leading zeros). Text
 * cells are quoted, and one a spreadsheet would run as a formula is escaped reversibly ({@link #neutralised}). The
 * columns are described once ({@link #COLUMNS}), for the header and for the W3C CSVW metadata written beside
 * the table ({@link #writeMetadata}).
 */
public final class ProjectTable implements AutoCloseable {

    /** One column: its name (the header), a title, its CSVW datatype, the separator of a list cell, what it holds. */
    record Column(String name, String title, String datatype, String separator, String description) {}

    private static final String LIST = ";";

    static final List<Column> COLUMNS = List.of(
            new Column("iri", "project IRI", "anyURI", null, "the project's IRI; its page on the server"),
            new Column("primaId", "Prima ID", "string", null, "IOM's Prima identifier, such as CH10P0641"),
            new Column("projectId", "project ID", "string", null, "the project ID, such as IB.0346 or V43-805"),
            new Column("title", "title", "string", null, "the title, in the first language the project has"),
            new Column("titleLang", "title language", "string", null, "en, fr or es"),
            new Column("type", "project type code", "string", null, "the project type's code, such as IB"),
            new Column("typeLabel", "project type", "string", null, "the project type's English label"),
            new Column("status", "status code", "string", null, "active or completed"),
            new Column("statusLabel", "status", "string", null, "the status's English label"),
            new Column("startYear", "start year", "gYear", null, "the year the project started"),
            new Column("endYear", "end year", "gYear", null, "the year the project ended or ends"),
            new Column("fundingYear", "funding year", "gYear", null, "the year of the funding"),
            new Column("budgetUSD", "budget (USD)", "decimal", null, "the budget in US dollars"),
            new Column("coverage", "coverage code", "string", null, "national, regional, global or multi-regional"),
            new Column("coverageLabel", "coverage", "string", null, "the coverage's English label"),
            new Column(
                    "idfRegion", "IDF region code", "string", null, "the Development Fund's region (not a UN region)"),
            new Column("idfRegionLabel", "IDF region", "string", null, "the IDF region's English label"),
            new Column("countriesAlpha3", "beneficiaries (ISO alpha-3)", "string", LIST, "ISO 3166-1 alpha-3 codes"),
            new Column("countriesAlpha2", "beneficiaries (ISO alpha-2)", "string", LIST, "ISO 3166-1 alpha-2 codes"),
            new Column("countriesM49", "beneficiaries (UN M49)", "string", LIST, "UN M49 codes, three digits"),
            new Column("countriesName", "beneficiaries", "string", LIST, "the countries' English UN names"),
            new Column("subRegionsM49", "UN sub-regions (M49)", "string", LIST, "the beneficiaries' UN sub-regions"),
            new Column(
                    "unresolvedBeneficiaries",
                    "unresolved beneficiaries",
                    "string",
                    LIST,
                    "beneficiary names as written that name no known country"));

    /** The first characters that make a spreadsheet read a cell as a formula, and the escaping quote itself. */
    private static final String FORMULA_START = "=+-@\t\r'";

    /** How a reader gets a text cell's value back; said in the CSVW metadata of every text column. */
    static final String ESCAPED = "A text cell whose value starts with =, +, -, @, a tab, a carriage return or '"
            + " is written with a ' in front, so that spreadsheets do not run it as a formula: to recover the value,"
            + " remove the first character of any text cell that starts with '.";

    static final List<String> HEADER = COLUMNS.stream().map(Column::name).toList();

    private final CSVPrinter printer;
    private final IriMinter iris;
    private final CodeLists codeLists;
    private final Gazetteer gazetteer;

    public ProjectTable(Writer out, IriMinter iris, CodeLists codeLists, Gazetteer gazetteer) throws IOException {
        // The header is plain names; every text cell after it is quoted (numbers are not), as OWASP advises.
        out.write(String.join(",", HEADER) + "\n");
        this.printer = CSVFormat.RFC4180
                .builder()
                .setRecordSeparator("\n")
                .setQuoteMode(QuoteMode.NON_NUMERIC)
                .get()
                .print(out);
        this.iris = iris;
        this.codeLists = codeLists;
        this.gazetteer = gazetteer;
    }

    public void add(MergedProject project) throws IOException {
        ProjectValues v = project.values();
        PageLanguage titleLang = List.of(PageLanguage.values()).stream()
                .filter(project.titles()::containsKey)
                .findFirst()
                .orElse(null);
        List<Country> countries = gazetteer.resolved(v.countries());
        List<Object> row = new ArrayList<>();
        row.add(iris.project(project.key()));
        row.add(v.primaId());
        row.add(v.projectId());
        row.add(titleLang == null ? null : project.titles().get(titleLang));
        row.add(titleLang == null ? null : titleLang.tag());
        row.add(v.typeCode());
        row.add(label(CodeScheme.PROJECT_TYPE, v.typeCode()));
        row.add(v.status() == null ? null : v.status().code());
        row.add(v.status() == null ? null : label(CodeScheme.STATUS, v.status().code()));
        row.add(v.startYear());
        row.add(v.endYear());
        row.add(v.fundingYear());
        row.add(
                v.budgetUsd() == null
                        ? null
                        : v.budgetUsd().stripTrailingZeros().toPlainString());
        row.add(v.coverage() == null ? null : v.coverage().code());
        row.add(
                v.coverage() == null
                        ? null
                        : label(CodeScheme.COVERAGE, v.coverage().code()));
        row.add(v.regionCode());
        row.add(label(CodeScheme.IDF_REGION, v.regionCode()));
        row.add(joined(countries, Country::alpha3));
        row.add(joined(countries, Country::alpha2));
        row.add(joined(countries, Country::m49));
        row.add(joined(countries, c -> c.names().get(PageLanguage.EN)));
        row.add(joined(countries, Country::subRegionM49));
        row.add(String.join(
                ";",
                v.countries().stream()
                        .filter(c -> !c.resolved())
                        .map(CountryRef::asWritten)
                        .toList()));
        for (int i = 0; i < row.size(); i++) {
            if (row.get(i) instanceof String text && COLUMNS.get(i).datatype().equals("string")) {
                row.set(i, neutralised(text));
            }
        }
        printer.printRecord(row);
    }

    /**
     * A text cell a spreadsheet would not run as a formula: a value starting with {@code = + - @}, a tab or a
     * carriage return gets a {@code '} in front, as OWASP advises for CSV files. A value already starting with
     * {@code '} gets one too, so that the rule is reversible: a cell starting with {@code '} lost its first
     * character ({@link #ESCAPED}).
     */
    static String neutralised(String value) {
        return value.isEmpty() || FORMULA_START.indexOf(value.charAt(0)) < 0 ? value : "'" + value;
    }

    private static String joined(List<Country> countries, Function<Country, String> code) {
        Set<String> codes = new LinkedHashSet<>();
        countries.stream().map(code).filter(Objects::nonNull).forEach(codes::add);
        return String.join(LIST, codes);
    }

    private String label(CodeScheme scheme, String notation) {
        return notation == null
                ? null
                : codeLists.label(scheme, notation, PageLanguage.EN).orElse(null);
    }

    /**
     * Writes the table's W3C CSVW metadata into {@code dumps} ({@code idf-ld-projects.csv-metadata.json}): every column named, titled,
     * typed and described, list cells with their separator, each row about the project its first column names.
     */
    public static void writeMetadata(Path dumps) throws IOException {
        JsonObject table = new JsonObject();
        table.put("@context", "http://www.w3.org/ns/csvw");
        table.put("url", Dump.CSV.fileName());
        table.put("dc:title", "IOM Development Fund projects, one row per project");
        table.put("dc:description", ESCAPED);
        JsonArray columns = new JsonArray();
        for (Column c : COLUMNS) {
            JsonObject col = new JsonObject();
            col.put("name", c.name());
            col.put("titles", c.title());
            col.put("datatype", c.datatype());
            col.put(
                    "dc:description",
                    c.datatype().equals("string") ? c.description() + ". " + ESCAPED : c.description());
            if (c.separator() != null) {
                col.put("separator", c.separator());
            }
            columns.add(col);
        }
        JsonObject schema = new JsonObject();
        schema.put("columns", columns);
        schema.put("primaryKey", "iri");
        schema.put("aboutUrl", "{+iri}");
        table.put("tableSchema", schema);
        try (OutputStream out = Files.newOutputStream(dumps.resolve(Dump.CSVW.fileName()))) {
            JSON.write(out, table);
            out.write('\n');
        }
    }

    @Override
    public void close() throws IOException {
        printer.close(true);
    }
}
