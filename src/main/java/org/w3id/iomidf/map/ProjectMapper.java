package org.w3id.iomidf.map;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.sparql.expr.nodevalue.XSDFuncOp;
import org.apache.jena.vocabulary.DCTerms;
import org.w3id.iomidf.country.Country;
import org.w3id.iomidf.country.Gazetteer;
import org.w3id.iomidf.record.CodeScheme;
import org.w3id.iomidf.record.CountryRef;
import org.w3id.iomidf.record.PageLanguage;
import org.w3id.iomidf.record.ProjectPage;
import org.w3id.iomidf.record.ProjectValues;
import org.w3id.iomidf.record.WebCapture;
import org.w3id.iomidf.source.CodeLists;

/**
 * Maps a merged project to statements, pushed into a {@link StreamRDF} sink (the store loader or a dump writer).
 *
 * <p>The default graph holds the published dataset, each fact once: the project resource with the reconciled
 * values and its titles and descriptions per language, the UN regions and country groups of its beneficiaries,
 * {@code prov:wasDerivedFrom} its pages and
 * {@code prov:wasGeneratedBy} the build; and each page's own metadata ({@code {base}page/{sha256}}: file, web
 * address, checksum, language, layout). What each page says about the project is in the named graph of that page
 * (the graph's name is the page's IRI), with the project as subject and the same properties: a query of the
 * default graph counts each project once, and {@code GRAPH ?page { ?project ?p ?o }} reads what each page said.
 * No blank nodes: every subject is an IRI, so dumps are stable.
 *
 * <pre>{@code
 * ProjectMapper mapper = new ProjectMapper(iris, codeLists, gazetteer);
 * mapper.map(merger.merge(pages), sink);
 * }</pre>
 */
public final class ProjectMapper {

    private final IriMinter iris;
    private final CodeLists codeLists;
    private final Gazetteer gazetteer;

    /** @param gazetteer the countries, for the regions and groups each beneficiary belongs to */
    public ProjectMapper(IriMinter iris, CodeLists codeLists, Gazetteer gazetteer) {
        this.iris = Objects.requireNonNull(iris, "iris");
        this.codeLists = Objects.requireNonNull(codeLists, "codeLists");
        this.gazetteer = Objects.requireNonNull(gazetteer, "gazetteer");
    }

    public void map(MergedProject project, StreamRDF sink) {
        Emitter out = new Emitter(sink);
        Node subject = Emitter.iri(iris.project(project.key()));
        out.type(subject, IDF.Project);
        for (PageLanguage lang : PageLanguage.values()) {
            out.text(subject, DCTerms.title, project.titles().get(lang), lang);
            out.text(subject, DCTerms.description, project.descriptions().get(lang), lang);
        }
        values(out, subject, project.values());
        beneficiaryAreas(out, subject, project.values());
        for (ProjectPage page : project.pages()) {
            out.link(
                    subject,
                    PROV.wasDerivedFrom,
                    Emitter.iri(iris.page(page.source().sha256())));
        }
        out.link(subject, PROV.wasGeneratedBy, iris.build());
        for (ProjectPage page : project.pages()) {
            Node pageNode = Emitter.iri(iris.page(page.source().sha256()));
            page(out, pageNode, page);
            claims(out.in(pageNode), subject, page);
        }
    }

    /** The page as a document: where it was read, its checksum, language and layout (default graph). */
    private void page(Emitter out, Node subject, ProjectPage page) {
        out.type(subject, IDF.SourcePage);
        out.string(subject, IDF.file, page.source().name());
        if (page.source().url() != null) {
            out.link(subject, SCHEMA.url, page.source().url());
        }
        out.string(subject, IDF.sha256, page.source().sha256());
        WebCapture capture = page.source().capture();
        if (capture != null) {
            // The capture's own time and ID come from the archive, not from the build: the same archive still
            // gives the same dumps.
            out.typed(subject, IDF.capturedAt, capture.capturedAt().toString(), XSDDatatype.XSDdateTime);
            out.typed(subject, IDF.warcRecordId, capture.recordId(), XSDDatatype.XSDanyURI);
        }
        // When the page was read is the time of the build activity, stated in the dataset description: keeping
        // timestamps out of the records keeps the dumps byte-identical across builds of the same input.
        out.link(subject, PROV.wasGeneratedBy, iris.build());
        out.link(subject, DCTerms.language, IriMinter.language(page.lang()));
        out.string(subject, IDF.layout, page.layout().name().toLowerCase(Locale.ROOT));
    }

    /** What the page says about the project, in the page's own graph. */
    private void claims(Emitter out, Node project, ProjectPage page) {
        out.text(project, DCTerms.title, page.title(), page.lang());
        if (!page.description().isEmpty()) {
            out.text(project, DCTerms.description, LanguageTexts.description(page), page.lang());
        }
        values(out, project, page.values());
    }

    private void values(Emitter out, Node subject, ProjectValues v) {
        out.string(subject, IDF.primaId, v.primaId());
        out.string(subject, IDF.projectId, v.projectId());
        out.link(subject, IDF.projectType, concept(CodeScheme.PROJECT_TYPE, v.typeCode()));
        if (v.typeLabel() != null && !v.typeLabelKnown()) {
            out.text(subject, IDF.projectTypeLabel, v.typeLabel(), v.typeLabelLang());
        }
        if (v.status() != null) {
            out.link(subject, IDF.status, concept(CodeScheme.STATUS, v.status().code()));
        }
        out.year(subject, IDF.startYear, v.startYear());
        out.year(subject, IDF.endYear, v.endYear());
        out.year(subject, IDF.fundingYear, v.fundingYear());
        out.typed(subject, IDF.budgetUSD, decimal(v.budgetUsd()), XSDDatatype.XSDdecimal);
        if (v.coverage() != null) {
            out.link(
                    subject,
                    IDF.coverage,
                    concept(CodeScheme.COVERAGE, v.coverage().code()));
        }
        out.link(subject, IDF.idfRegion, concept(CodeScheme.IDF_REGION, v.regionCode()));
        for (CountryRef country : v.countries()) {
            if (country.resolved()) {
                out.link(subject, IDF.beneficiary, iris.country(country.alpha3()));
            } else {
                out.string(subject, IDF.unresolvedBeneficiary, country.asWritten());
            }
        }
    }

    /**
     * The UN regions (region, sub-region, intermediate region) and country groups of the project's beneficiary
     * countries, each once: what every query by region or group would otherwise work out through the countries.
     */
    private void beneficiaryAreas(Emitter out, Node subject, ProjectValues v) {
        Set<String> regions = new TreeSet<>();
        Set<String> groups = new TreeSet<>();
        for (Country c : gazetteer.resolved(v.countries())) {
            regions.addAll(c.regionsM49());
            groups.addAll(c.groups());
        }
        regions.forEach(m49 -> out.link(subject, IDF.beneficiaryRegion, iris.region(m49)));
        groups.forEach(g -> out.link(subject, IDF.beneficiaryGroup, concept(CodeScheme.COUNTRY_GROUP, g)));
    }

    /** The concept's IRI, for a notation of the scheme (the parser gives no other); null for none. */
    private String concept(CodeScheme scheme, String notation) {
        return codeLists.isCode(scheme, notation) ? iris.concept(scheme, notation) : null;
    }

    /**
     * The canonical decimal form, as the store and every SPARQL engine write the value back ({@code 200000.0}):
     * {@code 200000.00} and {@code 200000} are one value, written once, and the dumps equal the endpoint.
     */
    private static String decimal(BigDecimal value) {
        return value == null ? null : XSDFuncOp.canonicalDecimalStr(value);
    }
}
