package fr.dlintro.core.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class LineFitTest {
    private static final double[] DAYS = {1, 2, 3, 4, 5};
    private static final double[] TEMPERATURES = {17, 20, 18, 21, 20};

    @Test
    void leastSquaresThroughTheBooksFiveDaysIsZeroPointSevenTimesDayPlusSeventeenPointOne() {
        LineFit.Line line = LineFit.leastSquares(DAYS, TEMPERATURES);
        assertThat(line.w()).isCloseTo(0.7, within(1e-12));
        assertThat(line.b()).isCloseTo(17.1, within(1e-12));
        assertThat(LineFit.meanSquaredError(line, DAYS, TEMPERATURES)).isCloseTo(1.18, within(1e-12));
    }

    @Test
    void noLineOnAFineGridBeatsEitherBestLineOnItsOwnCost() {
        LineFit.Line l2 = LineFit.leastSquares(DAYS, TEMPERATURES);
        LineFit.Line l1 = LineFit.leastAbsolute(DAYS, TEMPERATURES);
        double mse = LineFit.meanSquaredError(l2, DAYS, TEMPERATURES);
        double mae = LineFit.meanAbsoluteError(l1, DAYS, TEMPERATURES);
        for (double w = -2; w <= 3; w += 0.01) {
            for (double b = 10; b <= 25; b += 0.01) {
                LineFit.Line l = new LineFit.Line(w, b);
                assertThat(LineFit.meanSquaredError(l, DAYS, TEMPERATURES)).isGreaterThanOrEqualTo(mse - 1e-12);
                assertThat(LineFit.meanAbsoluteError(l, DAYS, TEMPERATURES)).isGreaterThanOrEqualTo(mae - 1e-12);
            }
        }
    }

    @Test
    void theTwoCostsChooseDifferentLinesWhenOnePointIsFarOff() {
        double[] y = {17, 18, 19, 20, 35};
        LineFit.Line l2 = LineFit.leastSquares(DAYS, y);
        LineFit.Line l1 = LineFit.leastAbsolute(DAYS, y);
        // the far point pulls the least-squares line up much more than the least-absolute one
        assertThat(l1.at(5)).isCloseTo(21, within(1e-12)); // the four aligned points decide
        assertThat(l2.at(5)).isCloseTo(29.4, within(1e-12));
    }
}
