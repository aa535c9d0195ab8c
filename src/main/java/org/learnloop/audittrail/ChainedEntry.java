package org.learnloop.audittrail;

/** An entry in its place in the organisation's chain: its number, the hash before it, and its own hash. */
record ChainedEntry(long sequence, EntryContent content, String previousHash, String hash) {
}
