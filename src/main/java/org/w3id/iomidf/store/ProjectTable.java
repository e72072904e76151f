package org.w3id.iomidf.store;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.w3id.iomidf.country.Country;
import org.w3id.iomidf.country.Gazetteer;
import org.w3id.iomidf.map.CodeLists;
import org.w3id.iomidf.map.IriMinter;
import org.w3id.iomidf.map.MergedProject;
import org.w3id.iomidf.map.ProjectValues;
import org.w3id.iomidf.record.CountryRef;
import org.w3id.iomidf.record.Lang;

/**
 * The CSV dump: one row per published project, in publication order, with its beneficiaries' codes so that a
 * spreadsheet user can join with other country tables without SPARQL. Lists inside a cell are joined with
 * {@code ;}; codes are written as text (M49 keeps its leading zeros).
 */
final class ProjectTable implements AutoCloseable {
    static final List<String> HEADER = List.of(
            "iri",
            "primaId",
            "projectId",
            "title",
            "titleLang",
            "type",
            "status",
            "startYear",
            "endYear",
            "fundingYear",
            "budgetUSD",
            "coverage",
            "idfRegion",
            "countriesAlpha3",
            "countriesAlpha2",
            "countriesM49",
            "subRegionsM49",
            "unresolvedBeneficiaries");

    private final CSVPrinter printer;
    private final IriMinter iris;
    private final CodeLists codeLists;
    private final Gazetteer gazetteer;

    ProjectTable(Writer out, IriMinter iris, CodeLists codeLists, Gazetteer gazetteer) throws IOException {
        this.printer = CSVFormat.RFC4180
                .builder()
                .setRecordSeparator("\n")
                .setHeader(HEADER.toArray(String[]::new))
                .get()
                .print(out);
        this.iris = iris;
        this.codeLists = codeLists;
        this.gazetteer = gazetteer;
    }

    void add(MergedProject project) throws IOException {
        ProjectValues v = project.values();
        Lang titleLang = List.of(Lang.values()).stream()
                .filter(project.titles()::containsKey)
                .findFirst()
                .orElse(null);
        List<Country> countries = v.countries().stream()
                .filter(CountryRef::resolved)
                .map(c -> gazetteer.byAlpha3(c.alpha3()))
                .flatMap(Optional::stream)
                .toList();
        List<Object> row = new ArrayList<>();
        row.add(iris.project(project.key()));
        row.add(v.primaId());
        row.add(v.projectId());
        row.add(titleLang == null ? null : project.titles().get(titleLang));
        row.add(titleLang == null ? null : titleLang.tag());
        row.add(v.typeCode());
        row.add(v.status() == null ? null : v.status().code());
        row.add(v.startYear());
        row.add(v.endYear());
        row.add(v.fundingYear());
        row.add(
                v.budgetUsd() == null
                        ? null
                        : v.budgetUsd().stripTrailingZeros().toPlainString());
        row.add(v.coverage() == null ? null : v.coverage().code());
        row.add(v.regionCode());
        row.add(joined(countries, Country::alpha3));
        row.add(joined(countries, Country::alpha2));
        row.add(joined(countries, Country::m49));
        row.add(joined(countries, Country::subRegionM49));
        row.add(String.join(
                ";",
                v.countries().stream()
                        .filter(c -> !c.resolved())
                        .map(CountryRef::asWritten)
                        .toList()));
        printer.printRecord(row);
    }

    private static String joined(List<Country> countries, Function<Country, String> code) {
        Set<String> codes = new LinkedHashSet<>();
        countries.stream().map(code).filter(Objects::nonNull).forEach(codes::add);
        return String.join(";", codes);
    }

    @Override
    public void close() throws IOException {
        printer.close(true);
    }
}
