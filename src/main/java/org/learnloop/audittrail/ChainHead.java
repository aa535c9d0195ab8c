package org.learnloop.audittrail;

/** The end of an organisation's chain: the number and the hash of its last entry. */
record ChainHead(long lastSequence, String lastHash) {

    /** A chain with nothing in it yet. */
    static final ChainHead EMPTY = new ChainHead(0, ChainHash.GENESIS);
}
