package org.w3id.iomidf.country;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Known names as a trie of words, so the longest name starting at a word is found in one walk
 * (bounded by the longest name, whatever the input). A terminal node with a null code is a name known
 * to have no current country (historical or ambiguous): it is matched as one unit and left unresolved.
 */
final class NameTrie {

    /** A name found: the words [start, end) of the input, and its alpha-3 code or null. */
    record Match(int end, String alpha3) {}

    private static final class Node {
        final Map<String, Node> next = new HashMap<>(4);
        boolean terminal;
        String alpha3;
    }

    private final Node root = new Node();

    void put(List<String> words, String alpha3) {
        Node node = root;
        for (String word : words) {
            node = node.next.computeIfAbsent(word, w -> new Node());
        }
        node.terminal = true;
        node.alpha3 = alpha3;
    }

    /** The name that is exactly these words, or null. */
    Match exact(List<String> words) {
        Match longest = longest(words, 0, end -> end == words.size());
        return longest != null && longest.end() == words.size() ? longest : null;
    }

    /** The longest name starting at word {@code start} whose end the caller accepts, or null. */
    Match longest(List<String> words, int start, EndRule endRule) {
        Node node = root;
        Match best = null;
        for (int i = start; i < words.size(); i++) {
            node = node.next.get(words.get(i));
            if (node == null) {
                break;
            }
            if (node.terminal && endRule.allows(i + 1)) {
                best = new Match(i + 1, node.alpha3);
            }
        }
        return best;
    }

    /** Where a name may end in the input (e.g. not in the middle of "Guinea-Bissau"). */
    interface EndRule {
        boolean allows(int end);
    }
}
