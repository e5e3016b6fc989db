package fr.dlintro.core.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

class Descent1dTest {

    @Test
    void everyCurveSlopeMatchesFiniteDifferences() {
        double h = 1e-6;
        double worst = 0;
        for (LossCurve c : List.of(LossCurves.parabola(), LossCurves.twoMinima())) {
            for (double w = -4; w <= 5; w += 0.37) {
                double numeric = (c.value(w + h) - c.value(w - h)) / (2 * h);
                worst = Math.max(worst, Math.abs(numeric - c.slope(w)) / Math.max(1, Math.abs(numeric)));
            }
        }
        assertThat(worst).isLessThan(1e-7);
    }

    @Test
    void theTwoMinimaCurveHasItsMinimaWhereTheWidgetDrawsThem() {
        LossCurve c = LossCurves.twoMinima();
        assertThat(c.slope(-2.3732)).isCloseTo(0, within(1e-3));
        assertThat(c.slope(2.0675)).isCloseTo(0, within(1e-3));
        assertThat(c.value(-2.3732)).isLessThan(c.value(2.0675));
    }

    @Test
    void onTheParabolaEachStepMultipliesTheDistanceToTheMinimumByOneMinusTwoAlpha() {
        for (double alpha : new double[] {0.01, 0.1, 0.75, 1.05}) {
            Descent1d d = new Descent1d(LossCurves.parabola(), -2.5, alpha);
            for (int i = 1; i <= 5; i++) {
                d.step();
                assertThat(d.current().w() - 1).isCloseTo(-3.5 * Math.pow(1 - 2 * alpha, i), within(1e-9));
            }
        }
    }

    @Test
    void halfIsOneStepToTheBottomAndAboveOneDiverges() {
        Descent1d half = new Descent1d(LossCurves.parabola(), -2.5, 0.5);
        half.step();
        assertThat(half.converged()).isTrue();
        assertThat(half.current().w()).isEqualTo(1.0);
        Descent1d big = new Descent1d(LossCurves.parabola(), -1, 1.05);
        for (int i = 0; i < 1000 && !big.finished(); i++) {
            big.step();
        }
        assertThat(big.diverged()).isTrue();
    }

    @Test
    void stepBackAndResetReplayTheSameRun() {
        Descent1d d = new Descent1d(LossCurves.twoMinima(), 3.5, 0.1);
        Descent1d.Point first = d.step();
        d.step();
        assertThat(d.stepBack()).isTrue();
        assertThat(d.current()).isEqualTo(first);
        d.reset();
        assertThat(d.iterations()).isZero();
        assertThat(d.step()).isEqualTo(first);
    }
}
