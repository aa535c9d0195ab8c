package org.learnloop.people;

/** The kind of service, which decides the denominator of its rates. */
public enum ServiceKind {
    /** Residential or nursing home: rates per 1,000 occupied bed days. */
    CARE_HOME,
    /** Domiciliary care: rates per 1,000 care hours. */
    HOME_CARE,
    /** Supported living: rates per 1,000 support hours. */
    SUPPORTED_LIVING
}
