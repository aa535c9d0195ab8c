package org.learnloop.triage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

class RiskScoreTests {

    /** The NPSA matrix as printed: rows are consequence 5 down to 1, columns likelihood 1 to 5. */
    private static final String[][] MATRIX = {
            { "MODERATE", "HIGH", "EXTREME", "EXTREME", "EXTREME" },
            { "MODERATE", "HIGH", "HIGH", "EXTREME", "EXTREME" },
            { "LOW", "MODERATE", "HIGH", "HIGH", "EXTREME" },
            { "LOW", "MODERATE", "MODERATE", "HIGH", "HIGH" },
            { "LOW", "LOW", "LOW", "MODERATE", "MODERATE" } };

    static Stream<Arguments> everyCell() {
        Stream.Builder<Arguments> cells = Stream.builder();
        for (int row = 0; row < 5; row++) {
            for (int column = 0; column < 5; column++) {
                int consequence = 5 - row;
                int likelihood = column + 1;
                cells.add(Arguments.of(consequence, likelihood, consequence * likelihood,
                        RiskBand.valueOf(MATRIX[row][column])));
            }
        }
        return cells.build();
    }

    @ParameterizedTest(name = "consequence {0} x likelihood {1} = {2}, {3}")
    @MethodSource("everyCell")
    void everyCellOfTheMatrixHasItsScoreAndBand(int consequence, int likelihood, int score, RiskBand band) {
        RiskScore risk = new RiskScore(consequence, likelihood);

        assertThat(risk.score()).as("score").isEqualTo(score);
        assertThat(risk.band()).as("band of %d", score).isEqualTo(band);
    }

    @ParameterizedTest(name = "consequence {0}, likelihood {1}")
    @CsvSource({ "0, 3", "6, 3", "3, 0", "3, 6", "-1, -1" })
    void scoreOutsideTheMatrixIsRefused(int consequence, int likelihood) {
        assertThatThrownBy(() -> new RiskScore(consequence, likelihood)).isInstanceOf(IllegalArgumentException.class);
    }

    @ParameterizedTest(name = "{0} is {1}")
    @CsvSource({ "1, LOW", "3, LOW", "4, MODERATE", "6, MODERATE", "8, HIGH", "12, HIGH", "15, EXTREME", "25, EXTREME" })
    void bandEdgesAreWhereTheMatrixPutsThem(int score, RiskBand band) {
        assertThat(RiskBand.of(score)).as("band of %d", score).isEqualTo(band);
    }

    @Test
    void scoreOutsideOneToTwentyFiveHasNoBand() {
        assertThatThrownBy(() -> RiskBand.of(0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> RiskBand.of(26)).isInstanceOf(IllegalArgumentException.class);
    }
}
