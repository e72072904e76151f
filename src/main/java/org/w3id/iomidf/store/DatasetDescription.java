package org.w3id.iomidf.store;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.DCAT;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.VOID;
import org.w3id.iomidf.map.IDF;
import org.w3id.iomidf.map.IriMinter;
import org.w3id.iomidf.map.PROV;
import org.w3id.iomidf.map.Prefixes;
import org.w3id.iomidf.map.SPDX;

/**
 * The VoID and DCAT description of one release ({@code dumps/void.ttl}, also loaded into the store): counts,
 * licence, build date and times, and one distribution per download with its size and checksum.
 *
 * <p>Licence, stated as it is: the compiled dataset is offered under the Open Data Commons Attribution Licence
 * (ODC-BY 1.0), crediting the IOM Development Fund's web pages as the source. Project titles and descriptions are
 * quoted from those pages and remain the IOM's, under its terms of use; the reference tables (UN M49, ISO codes,
 * GeoNames and Wikidata IDs) come from {@code datasets/country-codes} under the PDDL 1.0.
 */
final class DatasetDescription {
    static final String ODC_BY = "https://opendatacommons.org/licenses/by/1-0/";
    static final String IANA = "https://www.iana.org/assignments/media-types/";
    private static final String RIGHTS = "Compiled from the IOM Development Fund project pages (developmentfund.iom.int"
            + ", www.iom.int). Project titles and descriptions are quoted from those pages and remain subject to the "
            + "IOM's terms of use. Country and region reference data: UN M49 and ISO 3166 codes via "
            + "datasets/country-codes, PDDL 1.0.";

    /**
     * @param classes entities per class IRI, sorted
     * @param started when the build started; {@code ended} when the data was complete
     */
    record Facts(
            long triples,
            long entities,
            Map<String, Long> classes,
            List<DumpFile> dumps,
            Instant started,
            Instant ended) {}

    private DatasetDescription() {}

    static Model of(IriMinter iris, Facts facts) {
        Model m = ModelFactory.createDefaultModel();
        prefixes(m);
        Resource build = m.createResource(iris.build())
                .addProperty(RDF.type, PROV.Activity)
                .addLiteral(
                        prov("startedAtTime", m),
                        m.createTypedLiteral(facts.started().toString(), XSDDatatype.XSDdateTime))
                .addLiteral(
                        prov("endedAtTime", m),
                        m.createTypedLiteral(facts.ended().toString(), XSDDatatype.XSDdateTime));
        Resource ds = m.createResource(iris.dataset())
                .addProperty(RDF.type, VOID.Dataset)
                .addProperty(RDF.type, DCAT.Dataset)
                .addProperty(DCTerms.title, "IOM Development Fund projects as linked data", "en")
                .addProperty(
                        DCTerms.description,
                        "Projects of the IOM Development Fund, read from their public "
                                + "web pages in English, French and Spanish, linked to countries by ISO 3166 and UN M49 codes.",
                        "en")
                .addProperty(DCTerms.license, m.createResource(ODC_BY))
                .addProperty(DCTerms.rights, RIGHTS, "en")
                .addProperty(DCTerms.source, m.createResource("https://developmentfund.iom.int/"))
                .addLiteral(
                        DCTerms.issued,
                        m.createTypedLiteral(
                                facts.started()
                                        .atOffset(ZoneOffset.UTC)
                                        .toLocalDate()
                                        .toString(),
                                XSDDatatype.XSDdate))
                .addProperty(PROV.wasGeneratedBy, build)
                .addLiteral(VOID.triples, integer(m, facts.triples()))
                .addLiteral(VOID.entities, integer(m, facts.entities()))
                .addLiteral(VOID.classes, integer(m, facts.classes().size()))
                .addProperty(VOID.uriSpace, iris.base())
                .addProperty(VOID.sparqlEndpoint, m.createResource(iris.base() + "sparql"))
                .addProperty(VOID.vocabulary, m.createResource(IDF.NS));
        facts.classes()
                .forEach((cls, n) -> ds.addProperty(
                        VOID.classPartition,
                        m.createResource(iris.dataset() + "/class/" + local(cls))
                                .addProperty(VOID._class, m.createResource(cls))
                                .addLiteral(VOID.entities, integer(m, n))));
        for (DumpFile dump : facts.dumps()) {
            ds.addProperty(DCAT.distribution, distribution(m, iris, dump));
            if (List.of("text/turtle", "application/n-triples", "application/ld+json")
                    .contains(dump.mediaType())) {
                ds.addProperty(VOID.dataDump, m.createResource(iris.base() + "dumps/" + dump.name()));
            }
        }
        return m;
    }

    private static Resource distribution(Model m, IriMinter iris, DumpFile dump) {
        String iri = iris.dataset() + "/distribution/" + dump.name();
        Resource checksum = m.createResource(iri + "/sha256")
                .addProperty(RDF.type, SPDX.Checksum)
                .addProperty(SPDX.algorithm, SPDX.checksumAlgorithm_sha256)
                .addLiteral(SPDX.checksumValue, m.createTypedLiteral(dump.sha256(), XSDDatatype.XSDhexBinary));
        return m.createResource(iri)
                .addProperty(RDF.type, DCAT.Distribution)
                .addProperty(DCTerms.title, dump.name(), "en")
                .addProperty(DCAT.downloadURL, m.createResource(iris.base() + "dumps/" + dump.name()))
                .addProperty(DCAT.mediaType, m.createResource(IANA + dump.mediaType()))
                .addLiteral(
                        DCAT.byteSize,
                        m.createTypedLiteral(String.valueOf(dump.bytes()), XSDDatatype.XSDnonNegativeInteger))
                .addProperty(DCTerms.license, m.createResource(ODC_BY))
                .addProperty(SPDX.checksum, checksum);
    }

    private static org.apache.jena.rdf.model.Literal integer(Model m, long n) {
        return m.createTypedLiteral(String.valueOf(n), XSDDatatype.XSDinteger);
    }

    private static org.apache.jena.rdf.model.Property prov(String local, Model m) {
        return m.createProperty(PROV.NS, local);
    }

    private static String local(String iri) {
        int cut = Math.max(iri.lastIndexOf('#'), iri.lastIndexOf('/'));
        return iri.substring(cut + 1);
    }

    private static void prefixes(Model m) {
        m.setNsPrefixes(Prefixes.vocabularies());
    }
}
