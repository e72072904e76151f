package org.w3id.iomidf.release;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.apache.jena.datatypes.BaseDatatype;
import org.apache.jena.datatypes.RDFDatatype;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.rdf.model.Literal;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.sparql.vocabulary.FOAF;
import org.apache.jena.vocabulary.DCAT;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.apache.jena.vocabulary.VCARD4;
import org.apache.jena.vocabulary.VOID;
import org.w3id.iomidf.map.ADMS;
import org.w3id.iomidf.map.DCAT3;
import org.w3id.iomidf.map.DCATAP;
import org.w3id.iomidf.map.IDF;
import org.w3id.iomidf.map.IriMinter;
import org.w3id.iomidf.map.PROV;
import org.w3id.iomidf.map.PrefixTable;
import org.w3id.iomidf.map.SPDX;

/**
 * The one description of a release ({@code dumps/void.ttl}, also loaded into the store, served as it is): a
 * DCAT catalogue holding the dataset and its SPARQL service, one distribution per download (access and download
 * address, IANA media type, file type, size, SHA-256 checksum, licence), and the VoID statistics: the triples of
 * the published dataset (default graph) and, as a subset, of the page graphs. It meets the DCAT-AP 3.0.1 shapes,
 * recommended properties included, and the dataset shape of {@code idf-shapes.ttl}.
 *
 * <p>Licence, stated as it is: the compiled dataset is offered under the Open Data Commons Attribution Licence
 * (ODC-BY 1.0), crediting the IOM Development Fund's web pages as the source. Project titles and descriptions are
 * quoted from those pages and remain the IOM's, under its terms of use; the reference tables (UN M49, ISO codes,
 * GeoNames and Wikidata IDs) come from {@code datasets/country-codes} under the PDDL 1.0.
 *
 * <p>The publisher and contact point are the deployment itself (its base IRI): whoever runs the build publishes
 * the compilation; the IOM is credited as the source, not named as publisher.
 */
public final class DatasetDescription {
    static final String ODC_BY = "https://opendatacommons.org/licenses/by/1-0/";
    static final String IANA = "https://www.iana.org/assignments/media-types/";
    private static final String EU = "http://publications.europa.eu/resource/authority/";
    private static final String RIGHTS = "Compiled from the IOM Development Fund project pages (developmentfund.iom.int"
            + ", www.iom.int). Project titles and descriptions are quoted from those pages and remain subject to the "
            + "IOM's terms of use. Country and region reference data: UN M49 and ISO 3166 codes via "
            + "datasets/country-codes, PDDL 1.0.";
    private static final String PROVENANCE = "Read from the public project pages of the IOM Development Fund "
            + "(https://developmentfund.iom.int/) by idf-ld; each project derives from its pages "
            + "(prov:wasDerivedFrom), and what each page said is kept in the page's named graph.";
    private static final String ADMS_SCHEMES = "http://purl.org/adms/";
    private static final String DESCRIPTION = "Projects of the IOM Development Fund, read from their public web pages "
            + "in English, French and Spanish, linked to countries by ISO 3166 and UN M49 codes. The default graph "
            + "holds each project once with its reconciled values; what each page said is kept in one named graph "
            + "per page.";
    private static final String PAGE_GRAPHS = "One named graph per source page (the graph's name is the page's IRI), "
            + "holding that page's values for its project.";
    private static final String CATALOG = "The dataset of IOM Development Fund projects and its SPARQL endpoint, as "
            + "published by this deployment of idf-ld.";
    private static final String WORLD_BOX = "POLYGON((-180 -90,180 -90,180 90,-180 90,-180 -90))";
    private static final RDFDatatype WKT_TYPE = new BaseDatatype("http://www.opengis.net/ont/geosparql#wktLiteral");

    /**
     * @param triples statements of the published dataset (default graph, before this description)
     * @param claims statements of the page graphs
     * @param classes entities per class IRI, sorted
     * @param firstYear the earliest start year of a project, or null; {@code lastYear} the latest end year
     * @param started when the build started; {@code ended} when the data was complete
     * @param versions the releases of the dataset this description knows, oldest first, this one last
     */
    public record Facts(
            long triples,
            long claims,
            long entities,
            Map<String, Long> classes,
            List<DumpFile> dumps,
            String firstYear,
            String lastYear,
            Instant started,
            Instant ended,
            List<Version> versions) {
        public Facts {
            versions = List.copyOf(versions);
            if (versions.isEmpty()) {
                throw new IllegalArgumentException("a description names its own release as a version");
            }
        }
    }

    /**
     * One release of the dataset as a DCAT 3 version: {@code {base}release/{id}}, with its label, when it was
     * published, its size, its own N-Triples download (where a kept release serves it) and its version notes.
     *
     * @param firstYear the earliest start year of its projects, or null; {@code lastYear} the latest end year
     * @param notes what changed in it, one line, or null if it did not record it
     * @param previous the id of the release it followed, or null
     */
    public record Version(
            String id,
            String label,
            Instant issued,
            long triples,
            DumpFile dump,
            String firstYear,
            String lastYear,
            String notes,
            String previous) {}

    /** Which statements an RDF download holds; NONE for the other downloads. */
    private enum Holds {
        DATASET,
        PAGES,
        NONE
    }

    /** What one kind of download is: its EU file type, what it holds, in words and as statements. */
    private record Kind(String fileType, String text, Holds holds) {}

    private static final Map<String, Kind> KINDS = Map.of(
            "text/turtle",
            new Kind("RDF_TURTLE", "The published dataset (default graph) as Turtle.", Holds.DATASET),
            "application/n-triples",
            new Kind("RDF_N_TRIPLES", "The published dataset (default graph) as N-Triples, gzipped.", Holds.DATASET),
            "application/ld+json",
            new Kind("JSON_LD", "The published dataset (default graph) as JSON-LD.", Holds.DATASET),
            "application/trig",
            new Kind(
                    "RDF_TRIG", "What each source page said: one named graph per page, as TriG, gzipped.", Holds.PAGES),
            "text/csv",
            new Kind("CSV", "One row per project: codes and English labels.", Holds.NONE),
            "application/csvm+json",
            new Kind("JSON", "W3C CSVW metadata naming, typing and describing every column of the CSV.", Holds.NONE));

    private DatasetDescription() {}

    public static Model of(IriMinter iris, Facts facts, Credits credits) {
        return new Writer(iris, facts, credits).write();
    }

    /** Writes one description: the resources several parts share are made once, then each part. */
    private static final class Writer {
        private final IriMinter iris;
        private final Facts facts;
        private final Credits credits;
        private final Model m = ModelFactory.createDefaultModel();
        private final Resource licence;
        private final Resource homepage;
        private final Resource publisher;
        private final Resource contact;
        private final Resource world;
        private final Resource themes;
        private final Resource society;
        private final Literal issued;
        private final Literal modified;

        Writer(IriMinter iris, Facts facts, Credits credits) {
            this.iris = iris;
            this.facts = facts;
            this.credits = credits;
            m.setNsPrefixes(PrefixTable.vocabularies());
            licence = m.createResource(ODC_BY)
                    .addProperty(RDF.type, DCTerms.LicenseDocument)
                    .addProperty(DCTerms.type, concept(m, ADMS_SCHEMES + "licencetype/Attribution", "Attribution"))
                    .addProperty(DCTerms.title, "Open Data Commons Attribution License v1.0", "en");
            homepage = m.createResource(iris.base()).addProperty(RDF.type, FOAF.Document);
            publisher = m.createResource(iris.publisher())
                    .addProperty(RDF.type, FOAF.Agent)
                    .addProperty(FOAF.name, credits.publisherName())
                    .addProperty(
                            DCTerms.type,
                            concept(m, ADMS_SCHEMES + "publishertype/NonProfitOrganisation", "Non-profit"))
                    .addProperty(FOAF.homepage, homepage);
            contact = m.createResource(iris.datasetPart("contact"))
                    .addProperty(RDF.type, VCARD4.Organization)
                    .addProperty(RDF.type, VCARD4.Kind)
                    .addProperty(VCARD4.fn, "idf-ld at " + iris.base())
                    .addProperty(VCARD4.hasURL, m.createResource(iris.base()));
            world = m.createResource(EU + "continent/WORLD")
                    .addProperty(RDF.type, DCTerms.Location)
                    .addProperty(DCAT.bbox, m.createTypedLiteral(WORLD_BOX, WKT_TYPE))
                    .addProperty(DCAT.centroid, m.createTypedLiteral("POINT(0 0)", WKT_TYPE));
            themes = m.createResource(EU + "data-theme")
                    .addProperty(RDF.type, SKOS.ConceptScheme)
                    .addProperty(DCTerms.title, "Data theme", "en");
            society =
                    concept(m, EU + "data-theme/SOCI", "Population and society").addProperty(SKOS.inScheme, themes);
            issued = m.createTypedLiteral(
                    facts.started().atOffset(ZoneOffset.UTC).toLocalDate().toString(), XSDDatatype.XSDdate);
            modified = m.createTypedLiteral(facts.ended().toString(), XSDDatatype.XSDdateTime);
        }

        Model write() {
            Resource ds = dataset();
            Resource pages = pageGraphs(ds);
            Resource service = service(ds);
            versions(ds);
            for (DumpFile dump : facts.dumps()) {
                ds.addProperty(
                        DCAT.distribution,
                        distribution(
                                m, dump, iris.distribution(dump.name()), iris.download(dump.name()), licence, service));
                Holds holds = KINDS.get(dump.mediaType()).holds();
                if (holds != Holds.NONE) {
                    (holds == Holds.PAGES ? pages : ds)
                            .addProperty(VOID.dataDump, m.createResource(iris.download(dump.name())));
                }
            }
            m.createResource(iris.catalog())
                    .addProperty(RDF.type, DCAT.Catalog)
                    .addProperty(DCTerms.title, "idf-ld catalogue", "en")
                    .addProperty(DCTerms.description, CATALOG, "en")
                    .addProperty(DCTerms.publisher, publisher)
                    .addProperty(FOAF.homepage, homepage)
                    .addProperty(DCAT.themeTaxonomy, themes)
                    .addProperty(DCTerms.spatial, world)
                    .addProperty(DCTerms.license, licence)
                    .addProperty(DCTerms.language, language("ENG"))
                    .addLiteral(DCTerms.issued, issued)
                    .addLiteral(DCTerms.modified, modified)
                    .addProperty(DCAT.dataset, ds)
                    .addProperty(DCAT.service, service);
            return m;
        }

        /** The dataset as DCAT and VoID describe it: who, what, when, where, under which licence, how much. */
        private Resource dataset() {
            Resource build = build();
            Resource ds = m.createResource(iris.dataset())
                    .addProperty(RDF.type, VOID.Dataset)
                    .addProperty(RDF.type, DCAT.Dataset)
                    .addProperty(DCTerms.title, "IOM Development Fund projects as linked data", "en")
                    .addProperty(DCTerms.description, DESCRIPTION, "en")
                    .addProperty(DCTerms.license, licence)
                    .addProperty(DCTerms.rights, RIGHTS, "en")
                    .addProperty(
                            DCTerms.provenance,
                            m.createResource(iris.datasetPart("provenance"))
                                    .addProperty(RDF.type, DCTerms.ProvenanceStatement)
                                    .addProperty(RDFS.label, PROVENANCE, "en"))
                    .addProperty(DCTerms.publisher, publisher)
                    .addProperty(DCAT.contactPoint, contact)
                    .addProperty(DCAT.theme, society)
                    .addProperty(DCTerms.spatial, world)
                    .addProperty(DCTerms.temporal, period(m, iris.datasetPart("period"), facts))
                    .addLiteral(DCTerms.issued, issued)
                    .addLiteral(DCTerms.modified, modified)
                    .addProperty(PROV.wasGeneratedBy, build)
                    .addLiteral(VOID.triples, integer(m, facts.triples()))
                    .addLiteral(VOID.entities, integer(m, facts.entities()))
                    .addLiteral(VOID.classes, integer(m, facts.classes().size()))
                    .addProperty(VOID.uriSpace, iris.base())
                    .addProperty(VOID.sparqlEndpoint, m.createResource(IriMinter.sparql(iris.base())))
                    .addProperty(VOID.vocabulary, m.createResource(IDF.NS));
            for (String code : List.of("ENG", "FRA", "SPA")) {
                ds.addProperty(DCTerms.language, language(code));
            }
            // Creators are numbered in the order given, so that a citation can list them as the operator asked.
            for (int i = 0; i < credits.creators().size(); i++) {
                ds.addProperty(
                        DCTerms.creator,
                        m.createResource(iris.datasetPart("creator/" + (i + 1)))
                                .addProperty(RDF.type, FOAF.Agent)
                                .addProperty(FOAF.name, credits.creators().get(i)));
            }
            for (String keyword : List.of("migration", "development", "projects", "countries")) {
                ds.addProperty(DCAT.keyword, keyword, "en");
            }
            facts.classes()
                    .forEach((cls, n) -> ds.addProperty(
                            VOID.classPartition,
                            m.createResource(iris.classPartition(local(cls)))
                                    .addProperty(VOID._class, m.createResource(cls))
                                    .addLiteral(VOID.entities, integer(m, n))));
            return ds;
        }

        /**
         * The build every resource says it was generated by, named in the site's languages (a page shows the name,
         * not the IRI's last segment) and associated with the publisher who ran it.
         */
        private Resource build() {
            String day = facts.started().atOffset(ZoneOffset.UTC).toLocalDate().toString();
            return m.createResource(iris.build())
                    .addProperty(RDF.type, PROV.Activity)
                    .addProperty(RDFS.label, "idf-ld build of " + day, "en")
                    .addProperty(RDFS.label, "construction idf-ld du " + day, "fr")
                    .addProperty(RDFS.label, "compilación idf-ld del " + day, "es")
                    .addProperty(PROV.wasAssociatedWith, publisher)
                    .addLiteral(
                            m.createProperty(PROV.NS, "startedAtTime"),
                            m.createTypedLiteral(facts.started().toString(), XSDDatatype.XSDdateTime))
                    .addLiteral(m.createProperty(PROV.NS, "endedAtTime"), modified);
        }

        /** The page graphs as a subset of the dataset, with their own triple count. */
        private Resource pageGraphs(Resource ds) {
            Resource pages = m.createResource(iris.pageGraphs())
                    .addProperty(RDF.type, VOID.Dataset)
                    .addProperty(DCTerms.title, "What each source page said", "en")
                    .addProperty(DCTerms.description, PAGE_GRAPHS, "en")
                    .addLiteral(VOID.triples, integer(m, facts.claims()));
            ds.addProperty(VOID.subset, pages);
            return pages;
        }

        /** The SPARQL endpoint as a DCAT data service. */
        private Resource service(Resource ds) {
            Resource endpoint = m.createResource(IriMinter.sparql(iris.base())).addProperty(RDF.type, RDFS.Resource);
            return m.createResource(iris.service())
                    .addProperty(RDF.type, DCAT.DataService)
                    .addProperty(DCTerms.title, "SPARQL endpoint of the IOM Development Fund projects", "en")
                    .addProperty(DCAT.endpointURL, endpoint)
                    .addProperty(DCAT.endpointDescription, endpoint)
                    .addProperty(
                            DCTerms.conformsTo,
                            m.createResource("https://www.w3.org/TR/sparql11-protocol/")
                                    .addProperty(RDF.type, DCTerms.Standard))
                    .addProperty(DCAT.servesDataset, ds)
                    .addProperty(DCAT.theme, society)
                    .addProperty(DCAT.keyword, "SPARQL", "en")
                    .addProperty(DCTerms.publisher, publisher)
                    .addProperty(DCAT.contactPoint, contact)
                    .addProperty(DCTerms.license, licence);
        }

        /**
         * The dataset's releases as DCAT 3 versions: each one a dataset of its own, complete enough for DCAT-AP
         * (its download, period, licence, publisher, contact, theme, place and keywords), the last the current one.
         */
        private void versions(Resource ds) {
            Resource current = null;
            for (Version v : facts.versions()) {
                current = version(v, ds);
                ds.addProperty(DCAT3.hasVersion, current);
            }
            ds.addProperty(DCAT3.hasCurrentVersion, current);
        }

        private Resource version(Version v, Resource ds) {
            String iri = iris.release(v.id());
            Facts years = new Facts(
                    0, 0, 0, Map.of(), List.of(), v.firstYear(), v.lastYear(), v.issued(), v.issued(), List.of(v));
            String date = v.issued().atOffset(ZoneOffset.UTC).toLocalDate().toString();
            Resource r = m.createResource(iri)
                    .addProperty(RDF.type, DCAT.Dataset)
                    .addProperty(
                            DCTerms.title, "IOM Development Fund projects as linked data, release " + v.label(), "en")
                    .addProperty(
                            DCTerms.description,
                            "Release " + v.label() + " (" + v.id() + ") of the dataset, published on " + date
                                    + "; its files are kept at " + iri + "/dumps/.",
                            "en")
                    .addProperty(DCAT3.version, v.label())
                    .addProperty(DCAT3.isVersionOf, ds)
                    .addLiteral(DCTerms.issued, m.createTypedLiteral(date, XSDDatatype.XSDdate))
                    .addLiteral(
                            DCTerms.modified, m.createTypedLiteral(v.issued().toString(), XSDDatatype.XSDdateTime))
                    .addProperty(DCTerms.license, licence)
                    .addProperty(DCTerms.publisher, publisher)
                    .addProperty(DCAT.contactPoint, contact)
                    .addProperty(DCAT.theme, society)
                    .addProperty(DCTerms.spatial, world)
                    .addProperty(DCTerms.temporal, period(m, iri + "/period", years))
                    .addLiteral(VOID.triples, integer(m, v.triples()))
                    .addProperty(
                            DCAT.distribution,
                            distribution(
                                    m,
                                    v.dump(),
                                    iris.releaseDistribution(v.id(), v.dump().name()),
                                    iris.releaseDownload(v.id(), v.dump().name()),
                                    licence,
                                    null));
            for (String keyword : List.of("migration", "development", "projects", "countries")) {
                r.addProperty(DCAT.keyword, keyword, "en");
            }
            if (v.notes() != null) {
                r.addProperty(ADMS.versionNotes, v.notes(), "en");
            }
            if (v.previous() != null) {
                r.addProperty(DCAT3.previousVersion, m.createResource(iris.release(v.previous())));
            }
            return r;
        }

        private Resource language(String code) {
            return m.createResource(EU + "language/" + code).addProperty(RDF.type, DCTerms.LinguisticSystem);
        }
    }

    /** The years the projects cover, from the first start to the last end year. */
    private static Resource period(Model m, String iri, Facts facts) {
        Resource period = m.createResource(iri).addProperty(RDF.type, DCTerms.PeriodOfTime);
        if (facts.firstYear() != null) {
            period.addLiteral(DCAT.startDate, m.createTypedLiteral(facts.firstYear(), XSDDatatype.XSDgYear));
        }
        if (facts.lastYear() != null) {
            period.addLiteral(DCAT.endDate, m.createTypedLiteral(facts.lastYear(), XSDDatatype.XSDgYear));
        }
        return period;
    }

    /** A download as a distribution at {@code iri}, its checksum at {@code iri/sha256}; no service when null. */
    private static Resource distribution(
            Model m, DumpFile dump, String iri, String downloadIri, Resource licence, Resource service) {
        Kind kind = KINDS.get(dump.mediaType());
        if (kind == null) {
            throw new IllegalArgumentException("no description for downloads of type " + dump.mediaType());
        }
        Resource checksum = m.createResource(iri + "/sha256")
                .addProperty(RDF.type, SPDX.Checksum)
                .addProperty(
                        SPDX.algorithm,
                        m.createResource(SPDX.checksumAlgorithm_sha256.getURI())
                                .addProperty(RDF.type, SPDX.ChecksumAlgorithm))
                .addLiteral(SPDX.checksumValue, m.createTypedLiteral(dump.sha256(), XSDDatatype.XSDhexBinary));
        Resource download = m.createResource(downloadIri);
        Resource d = m.createResource(iri)
                .addProperty(RDF.type, DCAT.Distribution)
                .addProperty(DCTerms.title, dump.name(), "en")
                .addProperty(DCTerms.description, kind.text(), "en")
                .addProperty(DCAT.accessURL, download)
                .addProperty(DCAT.downloadURL, download)
                .addProperty(DCAT.mediaType, mediaType(m, dump.mediaType()))
                .addProperty(
                        DCTerms.format,
                        m.createResource(EU + "file-type/" + kind.fileType())
                                .addProperty(RDF.type, DCTerms.MediaTypeOrExtent))
                .addLiteral(
                        DCAT.byteSize,
                        m.createTypedLiteral(String.valueOf(dump.bytes()), XSDDatatype.XSDnonNegativeInteger))
                .addProperty(DCTerms.license, licence)
                .addProperty(DCATAP.availability, concept(m, EU + "planned-availability/STABLE", "stable"))
                .addProperty(SPDX.checksum, checksum);
        if (service != null) {
            d.addProperty(DCAT.accessService, service);
        }
        if (dump.name().endsWith(".gz")) {
            d.addProperty(DCAT.compressFormat, mediaType(m, "application/gzip"));
        }
        return d;
    }

    private static Resource concept(Model m, String iri, String label) {
        return m.createResource(iri).addProperty(RDF.type, SKOS.Concept).addProperty(SKOS.prefLabel, label, "en");
    }

    private static Resource mediaType(Model m, String type) {
        return m.createResource(IANA + type).addProperty(RDF.type, DCTerms.MediaType);
    }

    private static Literal integer(Model m, long n) {
        return m.createTypedLiteral(String.valueOf(n), XSDDatatype.XSDinteger);
    }

    private static String local(String iri) {
        int cut = Math.max(iri.lastIndexOf('#'), iri.lastIndexOf('/'));
        return iri.substring(cut + 1);
    }
}
