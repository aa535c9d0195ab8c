package org.learnloop.triage;

/**
 * The band of a risk score on the NPSA 5x5 matrix. Scores 7, 11, 13, 14 and 17 to 19 cannot
 * arise from consequence x likelihood, so the bands leave no gap in practice.
 */
public enum RiskBand {
    /** 1 to 3: managed by routine procedures. */
    LOW(1, 3),
    /** 4 to 6: the manager decides how to learn from it. */
    MODERATE(4, 6),
    /** 8 to 12: needs a manager's attention and a proportionate review. */
    HIGH(8, 12),
    /** 15 to 25: needs action now and oversight above the service. */
    EXTREME(15, 25);

    private final int lowest;
    private final int highest;

    RiskBand(int lowest, int highest) {
        this.lowest = lowest;
        this.highest = highest;
    }

    public int lowest() {
        return lowest;
    }

    public int highest() {
        return highest;
    }

    /** The band of a score from 1 to 25. */
    public static RiskBand of(int score) {
        if (score < 1 || score > 25) {
            throw new IllegalArgumentException("A risk score is between 1 and 25, not " + score);
        }
        if (score <= LOW.highest) {
            return LOW;
        }
        if (score <= MODERATE.highest) {
            return MODERATE;
        }
        if (score <= HIGH.highest) {
            return HIGH;
        }
        return EXTREME;
    }
}
