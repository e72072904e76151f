package org.w3id.iomidf.country;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The rule for a name several countries claim. */
class NameIndexTest {

    @Test
    void theUnShortNameOwnerWinsOverOtherNames() {
        NameIndex names = new NameIndex();
        names.add("Congo", "COG", NameIndex.Source.UN_SHORT);
        names.add("Congo", "COD", NameIndex.Source.OTHER);
        assertEquals("COG", names.resolve("Congo"));
        assertEquals(Map.of(), names.ambiguous());
    }

    @Test
    void twoClaimsFromTheSameSourceLeaveTheNameUnresolved() {
        NameIndex names = new NameIndex();
        names.add("Korea", "KOR", NameIndex.Source.OTHER);
        names.add("Korea", "PRK", NameIndex.Source.OTHER);
        names.add("Republic of Korea", "KOR", NameIndex.Source.UN_SHORT);
        assertNull(names.resolve("Korea"));
        assertEquals(Map.of("korea", Set.of("KOR", "PRK")), names.ambiguous());
        NameTrie trie = names.build();
        assertEquals(new NameTrie.Match(1, null), trie.exact(List.of("korea")));
        assertEquals(new NameTrie.Match(3, "KOR"), trie.exact(List.of("republic", "of", "korea")));
    }

    @Test
    void aTableNameOutranksAHistoricalMarker() {
        NameIndex names = new NameIndex();
        names.add("Kosovo", null, NameIndex.Source.NO_CODE);
        assertNull(names.resolve("Kosovo"));
        names.add("Kosovo", "XKX", NameIndex.Source.UN_SHORT);
        assertEquals("XKX", names.resolve("Kosovo"));
    }

    @Test
    void namesAreComparedWithoutCaseAccentsApostrophesDashesOrArticles() {
        assertEquals(List.of("cote", "d", "ivoire"), NameKey.words("CÔTE D’IVOIRE"));
        assertEquals(List.of("cote", "d", "ivoire"), NameKey.words("Côte dʼIvoire"));
        assertEquals(List.of("guinea", "bissau"), NameKey.words("Guinea–Bissau"));
        assertEquals(List.of("serbia", ",", "montenegro"), NameKey.words("Serbia, Montenegro"));
        assertEquals(Set.of(List.of("afghanistan", "l"), List.of("afghanistan")), NameKey.forms("Afghanistan (l')"));
        assertEquals(
                Set.of(List.of("la", "republica", "dominicana"), List.of("republica", "dominicana")),
                NameKey.forms("la República Dominicana"));
    }
}
