package org.w3id.iomidf.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.system.StreamRDFBase;
import org.apache.jena.sparql.core.Quad;
import org.junit.jupiter.api.Test;

/** The dumps' thread writes everything in the caller's order, and a writer's failure reaches the caller. */
class OffThreadTest {
    private static final Node P = NodeFactory.createURI("http://example.org/p");
    private static final Node G = NodeFactory.createURI("http://example.org/g");

    private static Triple triple(int i) {
        return Triple.create(
                NodeFactory.createURI("http://example.org/s" + i), P, NodeFactory.createLiteralString("" + i));
    }

    @Test
    void replaysEveryCallInOrderOnItsOwnThreadAndFinishesBeforeReturning() {
        List<String> seen = new ArrayList<>();
        Thread caller = Thread.currentThread();
        List<Thread> writers = new ArrayList<>();
        OffThread off = new OffThread("test-writer", new StreamRDFBase() {
            @Override
            public void prefix(String prefix, String iri) {
                seen.add("prefix " + prefix);
            }

            @Override
            public void triple(Triple t) {
                writers.add(Thread.currentThread());
                seen.add(t.getObject().getLiteralLexicalForm());
            }

            @Override
            public void quad(Quad q) {
                seen.add("quad " + q.getObject().getLiteralLexicalForm());
            }

            @Override
            public void finish() {
                seen.add("finish");
            }
        });
        off.start();
        off.prefix("ex", "http://example.org/");
        List<String> expected = new ArrayList<>(List.of("prefix ex"));
        for (int i = 0; i < 50_000; i++) {
            if (i % 1000 == 0) {
                off.quad(Quad.create(G, triple(i)));
                expected.add("quad " + i);
            } else {
                off.triple(triple(i));
                expected.add("" + i);
            }
        }
        off.finish();
        expected.add("finish");
        assertEquals(expected, seen);
        assertTrue(writers.stream().allMatch(w -> w != caller && w.getName().equals("test-writer")));
        assertNotEquals(0, writers.size());
    }

    @Test
    void aWriterThatFailsStopsTheCallerInsteadOfHangingIt() {
        OffThread off = new OffThread("failing-writer", new StreamRDFBase() {
            @Override
            public void triple(Triple t) {
                throw new IllegalStateException("disk full");
            }
        });
        off.start();
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> {
            // Far more than the queue holds: the caller must be told, not blocked for ever.
            for (int i = 0; i < 1_000_000; i++) {
                off.triple(triple(i));
            }
            off.finish();
        });
        assertEquals("disk full", e.getMessage());
    }
}
