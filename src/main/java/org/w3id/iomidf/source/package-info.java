/**
 * Pages in: finds page files, decodes them and parses each into a {@link org.w3id.iomidf.record.PageResult}.
 *
 * <p>Entry points: {@link org.w3id.iomidf.source.PageReader} (files and folders to {@link
 * org.w3id.iomidf.source.PageText}) and {@link org.w3id.iomidf.source.PageParser} (text to a result).
 *
 * <p>Rules the parser follows, and why:
 * <ul>
 * <li>Encoding: a byte-order mark decides; else strict UTF-8; else Windows-1252 with a WARNING (older saved
 * pages). NUL or many control bytes: an ERROR "binary", no record. No text at all: an ERROR, no record.</li>
 * <li>Saved HTML pages are reduced to text lines by block structure (jsoup) and parsed by the same rules;
 * their problems give the line in the HTML source.</li>
 * <li>Layouts are recognised by structure, in this order: bullet labels; a dash line followed by a known
 * label (iom.int); a doubled title after an optional {@code - } sidebar (old developmentfund site); else a
 * degenerate page (title, optional indented beneficiary lines, description).</li>
 * <li>Language: the majority language of the page's language-specific labels; on pages without them,
 * guessed from the title's common words and letters ({@code LangGuess}), never from the menu.</li>
 * <li>Years: four digits in 1990-2100, else an ERROR for that field; an end year before the start year is an
 * ERROR. Budgets: {@code 200000.00} or {@code 103,058}, two decimals; anything else is an ERROR.</li>
 * <li>A Prima ID or project ID of unexpected shape is a WARNING and kept as written: the page says it, and
 * the SHACL shapes decide whether such a record may be published.</li>
 * <li>Unknown type, region: WARNING, kept as written; unknown status or coverage: WARNING, null (they are
 * codes). The type code comes from the type value, else from an {@code XX.NNNN} project ID.</li>
 * <li>A repeated label is a WARNING and the first value is kept, except the Spanish "Tipo de proyecto"
 * label, which the value assigns to the status or the type.</li>
 * <li>Beneficiaries: each value line split by the gazetteer; a repeated country is a WARNING and dropped,
 * an unresolved name a WARNING and kept as written.</li>
 * <li>Description: every non-blank line after the field block. It is {@code truncated} when its last line
 * does not end with {@code . ! ? " » ) … ”}: a heuristic for pages stored cut off.</li>
 * </ul>
 */
package org.w3id.iomidf.source;
