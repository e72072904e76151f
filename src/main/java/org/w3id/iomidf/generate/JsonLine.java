package org.w3id.iomidf.generate;

import java.util.List;
import org.w3id.iomidf.record.JsonText;

/** Writes one flat JSON object on one line, keys in the order given (the truth file is read by line). */
final class JsonLine {
    private final StringBuilder out = new StringBuilder(512).append('{');

    JsonLine put(String key, String value) {
        key(key);
        if (value == null) {
            out.append("null");
        } else {
            string(value);
        }
        return this;
    }

    JsonLine put(String key, Integer value) {
        key(key).append(value == null ? "null" : value.toString());
        return this;
    }

    JsonLine put(String key, boolean value) {
        key(key).append(value);
        return this;
    }

    JsonLine put(String key, List<String> values) {
        key(key).append('[');
        for (int i = 0; i < values.size(); i++) {
            if (i > 0) {
                out.append(',');
            }
            string(values.get(i));
        }
        out.append(']');
        return this;
    }

    String end() {
        return out.append('}').toString();
    }

    private StringBuilder key(String key) {
        if (out.length() > 1) {
            out.append(',');
        }
        string(key);
        return out.append(':');
    }

    private void string(String s) {
        JsonText.quote(out, s);
    }
}
