package org.w3id.iomidf.map;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Collection;
import java.util.Comparator;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.riot.RDFLanguages;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.SKOS;
import org.w3id.iomidf.country.Country;
import org.w3id.iomidf.country.M49Region;
import org.w3id.iomidf.record.CodeScheme;
import org.w3id.iomidf.record.PageLanguage;
import org.w3id.iomidf.source.CodeLists;

/**
 * Maps the reference data every project links to: the code lists, one resource per country or area (keyed by
 * ISO alpha-3) and one per UN M49 region, each with its codes as plain strings (so that a SPARQL {@code SERVICE}
 * join with Wikidata on P297/P298/P299/P2082 matches) and exact-match links to Wikidata, GeoNames, the EU
 * country authority list and the UN SDG geoArea codes. Output is sorted by code so that dumps are stable.
 *
 * <pre>{@code
 * ReferenceMapper reference = new ReferenceMapper(iris, codeLists);
 * reference.mapCodeLists(sink);
 * reference.mapRegions(gazetteer.regions(), sink);
 * reference.mapCountries(gazetteer.countries(), sink);
 * }</pre>
 */
public final class ReferenceMapper {
    static final String EXAMPLES = "/queries/examples.ttl";
    static final String WIKIDATA = "http://www.wikidata.org/entity/";
    static final String GEONAMES = "https://sws.geonames.org/";
    static final String EU_COUNTRY = "http://publications.europa.eu/resource/authority/country/";

    private final IriMinter iris;
    private final CodeLists codeLists;

    public ReferenceMapper(IriMinter iris, CodeLists codeLists) {
        this.iris = Objects.requireNonNull(iris, "iris");
        this.codeLists = Objects.requireNonNull(codeLists, "codeLists");
    }

    /** Every triple of {@code codelists.ttl}, resolved against the base, in a stable order. */
    public void mapCodeLists(StreamRDF sink) {
        sorted(codeLists.graph(iris.base()), sink);
    }

    /**
     * The example queries shown in the query editor ({@value #EXAMPLES}, relative IRIs parsed against the base), so
     * that the dataset describes how to query itself.
     */
    public void mapExampleQueries(StreamRDF sink) {
        Graph examples = GraphFactory.createGraphMem();
        try (InputStream in = ReferenceMapper.class.getResourceAsStream(EXAMPLES)) {
            if (in == null) {
                throw new IllegalStateException("missing classpath resource " + EXAMPLES);
            }
            RDFParser.source(in).lang(RDFLanguages.TURTLE).base(iris.base()).parse(examples);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + EXAMPLES, e);
        }
        sorted(examples, sink);
    }

    private static void sorted(Graph graph, StreamRDF sink) {
        graph.find().toList().stream()
                .sorted(Comparator.comparing(Triple::toString))
                .forEach(sink::triple);
    }

    public void mapCountries(Collection<Country> countries, StreamRDF sink) {
        Emitter out = new Emitter(sink);
        countries.stream().sorted(Comparator.comparing(Country::alpha3)).forEach(c -> country(out, c));
    }

    public void mapRegions(Collection<M49Region> regions, StreamRDF sink) {
        Emitter out = new Emitter(sink);
        regions.stream().sorted(Comparator.comparing(M49Region::m49)).forEach(r -> region(out, r));
    }

    private void country(Emitter out, Country c) {
        Node subject = Emitter.iri(iris.country(c.alpha3()));
        out.type(subject, IDF.Country);
        out.string(subject, IDF.alpha2, c.alpha2());
        out.string(subject, IDF.alpha3, c.alpha3());
        out.string(subject, IDF.m49, c.m49());
        // ISO 3166-1 numeric codes are the M49 codes of the same countries, written with three digits.
        out.string(subject, IDF.numeric, c.m49());
        labels(out, subject, SKOS.prefLabel, c.names());
        labels(out, subject, IDF.formalName, c.formalNames());
        out.link(subject, IDF.region, c.regionM49() == null ? null : iris.region(c.regionM49()));
        out.link(subject, IDF.subRegion, c.subRegionM49() == null ? null : iris.region(c.subRegionM49()));
        out.link(
                subject,
                IDF.intermediateRegion,
                c.intermediateRegionM49() == null ? null : iris.region(c.intermediateRegionM49()));
        c.groups().forEach(notation -> group(out, subject, notation));
        out.link(subject, SKOS.exactMatch, c.wikidataId() == null ? null : WIKIDATA + c.wikidataId());
        out.link(subject, SKOS.exactMatch, c.geonamesId() == null ? null : GEONAMES + c.geonamesId() + "/");
        out.link(subject, SKOS.exactMatch, EU_COUNTRY + c.alpha3());
        out.link(subject, SKOS.exactMatch, sdgGeoArea(c.m49()));
    }

    private void region(Emitter out, M49Region r) {
        Node subject = Emitter.iri(iris.region(r.m49()));
        out.type(subject, IDF.M49Region);
        out.string(subject, IDF.m49, r.m49());
        labels(out, subject, SKOS.prefLabel, r.names());
        out.link(subject, SKOS.broader, r.parentM49() == null ? null : iris.region(r.parentM49()));
        out.string(subject, IDF.level, level(r.level()));
        out.link(subject, SKOS.exactMatch, sdgGeoArea(r.m49()));
    }

    private void group(Emitter out, Node subject, String notation) {
        if (!codeLists.isCode(CodeScheme.COUNTRY_GROUP, notation)) {
            throw new IllegalStateException("code lists lack country group " + notation);
        }
        out.link(subject, IDF.countryGroup, iris.concept(CodeScheme.COUNTRY_GROUP, notation));
    }

    private static void labels(Emitter out, Node subject, Property p, Map<PageLanguage, String> names) {
        for (PageLanguage lang : PageLanguage.values()) {
            out.text(subject, p, names.get(lang), lang);
        }
    }

    /** {@code world}, {@code region}, {@code sub-region} or {@code intermediate-region}. */
    static String level(M49Region.Level level) {
        return level.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** UN's own IRI for an area (padded, as UN's RDF writes it: geoArea/004), or null if UN lists none. */
    static String sdgGeoArea(String m49) {
        return SdgGeoAreas.iri(m49);
    }
}
