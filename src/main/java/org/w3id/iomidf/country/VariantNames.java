package org.w3id.iomidf.country;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;

/**
 * The bundled list of names pages use that the reference tables lack (common, former and historical
 * names). It holds no codes: each variant points at a name the tables know, so the tables stay the
 * only source of codes. A line {@code variant = known name} adds a name; {@code variant = -} marks a
 * name with no current country, read as one unit and left unresolved.
 */
final class VariantNames {

    static final String RESOURCE = "variant-names.txt";
    private static final String NO_COUNTRY = "-";

    private VariantNames() {}

    /** Adds the variants to {@code names}; call after the table names are in, as variants resolve through them. */
    static void addTo(NameIndex names) {
        InputStream in = VariantNames.class.getResourceAsStream(RESOURCE);
        if (in == null) {
            throw new IllegalStateException("variant name list " + RESOURCE + " is not on the classpath");
        }
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            int number = 0;
            while ((line = reader.readLine()) != null) {
                number++;
                addLine(line.strip(), number, names);
            }
        } catch (IOException e) {
            throw new IllegalStateException("cannot read variant name list " + RESOURCE, e);
        }
    }

    private static void addLine(String line, int number, NameIndex names) {
        if (line.isEmpty() || line.startsWith("#")) {
            return;
        }
        int equals = line.indexOf('=');
        String variant = equals < 0 ? "" : line.substring(0, equals).strip();
        String known = equals < 0 ? "" : line.substring(equals + 1).strip();
        if (variant.isEmpty() || known.isEmpty()) {
            throw corrupt(number, "expected 'variant = known name' or 'variant = -': " + line);
        }
        if (known.equals(NO_COUNTRY)) {
            names.add(variant, null, NameIndex.Source.NO_CODE);
            return;
        }
        String alpha3 = names.resolve(known);
        if (alpha3 == null) {
            throw corrupt(number, "'" + known + "' is not a name of exactly one country in the reference tables");
        }
        names.add(variant, alpha3, NameIndex.Source.VARIANT);
    }

    private static IllegalStateException corrupt(int line, String message) {
        return new IllegalStateException("variant name list " + RESOURCE + ", line " + line + ": " + message);
    }
}
