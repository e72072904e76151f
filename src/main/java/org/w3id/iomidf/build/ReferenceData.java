package org.w3id.iomidf.build;

import org.apache.jena.graph.Graph;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFLib;
import org.apache.jena.sparql.graph.GraphFactory;
import org.w3id.iomidf.country.Gazetteer;
import org.w3id.iomidf.map.IriMinter;
import org.w3id.iomidf.map.ReferenceMapper;
import org.w3id.iomidf.source.CodeLists;
import org.w3id.iomidf.validate.GraphValidator;
import org.w3id.iomidf.validate.IdfShapes;
import org.w3id.iomidf.validate.Verdict;

/**
 * The reference data every record links to (code lists, M49 regions, countries), loaded and checked against the
 * shapes once per build. Its graph is what each record is validated with; {@link #emit} publishes it, in the
 * mapper's fixed order.
 */
record ReferenceData(IriMinter iris, Gazetteer gazetteer, CodeLists codeLists, Graph graph) {

    static ReferenceData load(IriMinter iris, IdfShapes shapes) {
        Gazetteer gazetteer = Gazetteer.load();
        CodeLists codeLists = CodeLists.load();
        Graph graph = GraphFactory.createGraphMem();
        ReferenceData data = new ReferenceData(iris, gazetteer, codeLists, graph);
        data.emit(StreamRDFLib.graph(graph));
        Verdict verdict = new GraphValidator(shapes).validate(graph);
        if (!verdict.publishable()) {
            throw new BuildFailure("the reference data does not conform to the shapes: " + verdict.problems());
        }
        return data;
    }

    void emit(StreamRDF sink) {
        ReferenceMapper mapper = new ReferenceMapper(iris, codeLists);
        mapper.mapCodeLists(sink);
        mapper.mapExampleQueries(sink);
        mapper.mapRegions(gazetteer.regions(), sink);
        mapper.mapCountries(gazetteer.countries(), sink);
    }
}
