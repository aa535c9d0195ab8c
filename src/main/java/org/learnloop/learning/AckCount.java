package org.learnloop.learning;

/** How many of a lesson's staff have acknowledged it, out of how many. */
public record AckCount(int acknowledged, int staff) {

    public int outstanding() {
        return staff - acknowledged;
    }

    /** Everyone it was shared with has read it (and there was someone to read it). */
    public boolean complete() {
        return staff > 0 && acknowledged >= staff;
    }
}
