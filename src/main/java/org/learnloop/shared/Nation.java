package org.learnloop.shared;

/** The UK nation a service is in: it decides the regulator, the duties and the bank holidays. */
public enum Nation {
    /** Regulated by the Care Quality Commission. */
    ENGLAND,
    /** Regulated by Care Inspectorate Wales. */
    WALES,
    /** Regulated by the Care Inspectorate. */
    SCOTLAND,
    /** Regulated by the Regulation and Quality Improvement Authority. */
    NORTHERN_IRELAND
}
