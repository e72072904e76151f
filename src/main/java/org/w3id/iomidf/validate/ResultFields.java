package org.w3id.iomidf.validate;

import java.util.Map;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.path.P_Link;
import org.apache.jena.sparql.path.Path;
import org.apache.jena.vocabulary.DCTerms;
import org.w3id.iomidf.map.IDF;
import org.w3id.iomidf.record.Field;

/** Maps the path of a SHACL result back to the page field the value came from. */
final class ResultFields {
    private static final Map<Node, Field> BY_PROPERTY = Map.ofEntries(
            Map.entry(DCTerms.title.asNode(), Field.TITLE),
            Map.entry(DCTerms.description.asNode(), Field.DESCRIPTION),
            Map.entry(IDF.primaId.asNode(), Field.PRIMA_ID),
            Map.entry(IDF.projectId.asNode(), Field.PROJECT_ID),
            Map.entry(IDF.projectType.asNode(), Field.TYPE),
            Map.entry(IDF.projectTypeLabel.asNode(), Field.TYPE),
            Map.entry(IDF.status.asNode(), Field.STATUS),
            Map.entry(IDF.coverage.asNode(), Field.COVERAGE),
            Map.entry(IDF.idfRegion.asNode(), Field.REGION),
            Map.entry(IDF.startYear.asNode(), Field.START_YEAR),
            Map.entry(IDF.endYear.asNode(), Field.END_YEAR),
            Map.entry(IDF.fundingYear.asNode(), Field.FUNDING_YEAR),
            Map.entry(IDF.budgetUSD.asNode(), Field.BUDGET),
            Map.entry(IDF.beneficiary.asNode(), Field.COUNTRIES),
            Map.entry(IDF.unresolvedBeneficiary.asNode(), Field.COUNTRIES));

    private ResultFields() {}

    /** The field of a result path; {@link Field#PAGE} for a path that is not one property or not a page field. */
    static Field of(Path path) {
        if (path instanceof P_Link link) {
            return BY_PROPERTY.getOrDefault(link.getNode(), Field.PAGE);
        }
        return Field.PAGE;
    }
}
