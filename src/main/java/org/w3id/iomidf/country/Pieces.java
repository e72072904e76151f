package org.w3id.iomidf.country;

import java.util.ArrayList;
import java.util.List;

/**
 * A beneficiary line cut into pieces (runs of text between white space, or ending at a comma) and the
 * pieces into {@link NameKey} words, remembering which piece each word came from so that a mention can
 * be given back exactly as written.
 */
final class Pieces {

    private final String text;
    private final List<String> words = new ArrayList<>();
    private final List<Integer> pieceStart = new ArrayList<>();
    private final List<Integer> pieceEnd = new ArrayList<>();
    private final List<Boolean> lastOfPiece = new ArrayList<>();

    private Pieces(String text) {
        this.text = text;
    }

    static Pieces of(String text) {
        Pieces pieces = new Pieces(text);
        int i = 0;
        while (i < text.length()) {
            while (i < text.length() && isSpace(text.charAt(i))) {
                i++;
            }
            int start = i;
            while (i < text.length() && !isSpace(text.charAt(i)) && !isComma(text.charAt(i))) {
                i++;
            }
            if (i < text.length() && isComma(text.charAt(i))) {
                i++;
            }
            pieces.add(start, i);
        }
        return pieces;
    }

    List<String> words() {
        return words;
    }

    /** A name may end after a piece's last word, or just before the comma that ends its piece. */
    boolean mayEndAt(int end) {
        return lastOfPiece.get(end - 1)
                || (end < words.size() && words.get(end).equals(NameKey.COMMA) && lastOfPiece.get(end));
    }

    /** The index after the last word of word i's piece, not counting a closing comma. */
    int endOfPiece(int i) {
        int end = i;
        while (!lastOfPiece.get(end)) {
            end++;
        }
        return words.get(end).equals(NameKey.COMMA) && end > i ? end : end + 1;
    }

    /** The text of words [from, to) as written: whole pieces, without a closing comma. */
    String text(int from, int to) {
        String written =
                text.substring(pieceStart.get(from), pieceEnd.get(to - 1)).strip();
        while (!written.isEmpty() && isComma(written.charAt(written.length() - 1))) {
            written = written.substring(0, written.length() - 1).strip();
        }
        return written;
    }

    private void add(int start, int end) {
        List<String> pieceWords = NameKey.words(text.substring(start, end));
        for (int w = 0; w < pieceWords.size(); w++) {
            words.add(pieceWords.get(w));
            pieceStart.add(start);
            pieceEnd.add(end);
            lastOfPiece.add(w == pieceWords.size() - 1);
        }
    }

    private static boolean isSpace(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c);
    }

    private static boolean isComma(char c) {
        return c == ',' || c == ';';
    }
}
