package org.w3id.iomidf.source;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import org.w3id.iomidf.record.Field;
import org.w3id.iomidf.record.Problem;

/**
 * Keeps out of a page's lines the characters that XML 1.0 cannot carry (C0 controls other than tab, line feed
 * and carriage return; U+FFFE and U+FFFF; unpaired surrogates) and those it discourages (C1 controls and the
 * other noncharacters): every literal taken from a page then fits every format the data is written in (RDF/XML,
 * SPARQL XML results, HTML), and nothing downstream has to refuse one. Vertical tab, form feed and next line are
 * line breaks to the writer who typed them, so they become a space; every other such character is dropped. Each
 * line changed gives one WARNING naming the characters.
 */
final class XmlCharacters {
    private XmlCharacters() {}

    /** The lines without those characters, and one warning per changed line added to {@code problems}. */
    static List<PageLine> clean(List<PageLine> lines, String source, List<Problem> problems) {
        List<PageLine> out = null;
        for (int i = 0; i < lines.size(); i++) {
            PageLine line = lines.get(i);
            String text = line.text();
            Set<String> found = new TreeSet<>();
            String kept = isClean(text) ? text : cleaned(text, found);
            if (found.isEmpty()) {
                if (out != null) {
                    out.add(line);
                }
                continue;
            }
            if (out == null) {
                out = new ArrayList<>(lines.subList(0, i));
            }
            out.add(new PageLine(line.number(), kept));
            problems.add(Problem.warning(
                    source,
                    line.number(),
                    Field.PAGE,
                    String.join(" ", found),
                    "characters XML cannot carry (control characters, noncharacters or broken surrogates) "
                            + "were removed from the line"));
        }
        return out == null ? lines : out;
    }

    private static boolean isClean(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 0x20 && c != '\t' || c >= 0x7f && c <= 0x9f || c >= 0xd800 && c <= 0xdfff || c >= 0xfdd0) {
                return false; // a quick pass: the full check below only for lines with a suspect character
            }
        }
        return true;
    }

    private static String cleaned(String text, Set<String> found) {
        StringBuilder b = new StringBuilder(text.length());
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            int cp;
            int width;
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                cp = Character.toCodePoint(c, text.charAt(i + 1));
                width = 2;
            } else {
                cp = c;
                width = 1;
            }
            if (!refused(cp)) {
                b.appendCodePoint(cp);
            } else {
                found.add(String.format(Locale.ROOT, "U+%04X", cp));
                if (cp == 0x0b || cp == 0x0c || cp == 0x85) {
                    b.append(' ');
                }
            }
            i += width;
        }
        return b.toString();
    }

    /** True for a character no published literal should hold; a lone surrogate arrives here as itself. */
    static boolean refused(int cp) {
        return cp < 0x20 && cp != '\t' && cp != '\n' && cp != '\r'
                || cp >= 0x7f && cp <= 0x9f
                || cp >= 0xd800 && cp <= 0xdfff
                || cp >= 0xfdd0 && cp <= 0xfdef
                || (cp & 0xfffe) == 0xfffe;
    }
}
