package org.w3id.iomidf.record;

/** ERROR keeps a record out of the published data (quarantine); WARNING publishes it and reports. */
public enum Severity {
    ERROR,
    WARNING
}
