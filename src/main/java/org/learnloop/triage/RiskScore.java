package org.learnloop.triage;

/**
 * A risk graded on the NPSA 5x5 matrix: how bad it would be if it happened again (consequence 1
 * insignificant, 2 minor, 3 moderate, 4 major, 5 catastrophic) times how likely that is
 * (likelihood 1 rare, 2 unlikely, 3 possible, 4 likely, 5 almost certain). The labels are in the
 * messages under {@code risk.consequence.N} and {@code risk.likelihood.N}.
 */
public record RiskScore(int consequence, int likelihood) {

    public static final int MIN = 1;
    public static final int MAX = 5;

    public RiskScore {
        if (!inRange(consequence) || !inRange(likelihood)) {
            throw new IllegalArgumentException("Consequence and likelihood are each between 1 and 5");
        }
    }

    public static boolean inRange(int value) {
        return value >= MIN && value <= MAX;
    }

    public int score() {
        return consequence * likelihood;
    }

    public RiskBand band() {
        return RiskBand.of(score());
    }
}
