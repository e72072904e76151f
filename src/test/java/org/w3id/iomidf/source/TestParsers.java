package org.w3id.iomidf.source;

import org.w3id.iomidf.country.Gazetteer;

/** One parser with the real gazetteer, shared by the tests (loading the reference tables takes a moment). */
final class TestParsers {
    private static final PageParser PARSER = new PageParser(Gazetteer.load());

    private TestParsers() {}

    static PageParser parser() {
        return PARSER;
    }
}
