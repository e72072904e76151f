package org.w3id.iomidf.release;

import java.util.List;
import java.util.Objects;

/**
 * Who a release is credited to, as the operator of the build says ({@code build --publisher NAME --creator NAME}):
 * written into the dataset description and read back by the site's "How to cite".
 *
 * @param publisher who publishes the data, or null when not said (the description then names {@code idf-ld})
 * @param creators the people or bodies who made it, in the order they are to be cited (may be empty)
 */
public record Credits(String publisher, List<String> creators) {

    /** A build that names nobody. */
    public static final Credits NONE = new Credits(null, List.of());

    /** What a release is published by when no publisher is given. */
    public static final String DEFAULT_PUBLISHER = "idf-ld";

    public Credits {
        creators = creators.stream().map(c -> named(c, "a creator")).toList();
        publisher = publisher == null ? null : named(publisher, "the publisher");
    }

    /** The publisher's name as the description gives it. */
    public String publisherName() {
        return publisher == null ? DEFAULT_PUBLISHER : publisher;
    }

    private static String named(String name, String who) {
        String s = Objects.requireNonNull(name, who).strip();
        if (s.isEmpty()) {
            throw new IllegalArgumentException(who + "'s name is empty");
        }
        return s;
    }
}
