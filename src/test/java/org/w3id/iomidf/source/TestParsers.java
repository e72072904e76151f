package org.w3id.iomidf.source;

import java.util.Arrays;
import java.util.List;
import org.w3id.iomidf.record.CountryRef;

final class TestParsers {
    private TestParsers() {
    }

    static PageParser parser() {
        return new PageParser(s -> Arrays.stream(s.split(" ")).map(n -> new CountryRef(n, null)).toList(),
                new PageReader());
    }
}
