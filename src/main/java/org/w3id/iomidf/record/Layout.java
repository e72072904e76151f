package org.w3id.iomidf.record;

/** The page layouts met on the IOM web sites (see PRODUCT.md). */
public enum Layout {
    /** Title, then "  • Label" / "    value" pairs. */
    BULLET,
    /** iom.int navigation menu, title, then "-" / label / value triples. */
    SITE,
    /** Old developmentfund site: title twice, then unlabelled values in a fixed order. */
    DEVFUND,
    /** No labelled fields at all (e.g. only an indented beneficiary line). */
    DEGENERATE
}
