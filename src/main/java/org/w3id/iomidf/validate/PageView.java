package org.w3id.iomidf.validate;

import java.util.HashSet;
import java.util.Set;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.graph.impl.GraphBase;
import org.apache.jena.util.iterator.ExtendedIterator;

/**
 * One page's graph read with the statements its values link to: the subjects of the page's graph are described
 * by that graph alone (not by what the published dataset says of them), every other node by the linked graph
 * (code lists, countries). Read-only.
 */
final class PageView extends GraphBase {
    private final Graph claims;
    private final Graph linked;
    private final Set<Node> subjects = new HashSet<>();

    PageView(Graph claims, Graph linked) {
        this.claims = claims;
        this.linked = linked;
        claims.find().forEachRemaining(t -> subjects.add(t.getSubject()));
    }

    /** The subjects of the page's graph: what the page makes statements about. */
    Set<Node> subjects() {
        return subjects;
    }

    @Override
    protected ExtendedIterator<Triple> graphBaseFind(Triple pattern) {
        Node s = pattern.getSubject();
        if (s.isConcrete()) {
            return (subjects.contains(s) ? claims : linked).find(pattern);
        }
        return claims.find(pattern).andThen(linked.find(pattern).filterDrop(t -> subjects.contains(t.getSubject())));
    }
}
