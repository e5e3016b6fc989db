package fr.dlintro.core.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class FeatureScalingTest {
    private final FeatureScaling data = new FeatureScaling(42, 300);

    @Test
    void standardisedFeaturesHaveMeanZeroAndSpreadOne() {
        for (int k = 0; k < 2; k++) {
            double[] z = data.feature(k, true);
            double m = 0;
            double v = 0;
            for (double x : z) {
                m += x;
            }
            m /= z.length;
            for (double x : z) {
                v += (x - m) * (x - m);
            }
            assertThat(m).isCloseTo(0.0, within(1e-12));
            assertThat(Math.sqrt(v / z.length)).isCloseTo(1.0, within(1e-12));
        }
        assertThat(data.mean(0)).isCloseTo(2.0, within(0.2));
        assertThat(data.mean(1)).isCloseTo(30.0, within(1.0));
        assertThat(data.spread(1) / data.spread(0)).isCloseTo(6.0, within(0.8));
    }

    @Test
    void gradientsMatchCentralFiniteDifferencesOnBothSurfaces() {
        double h = 1e-6;
        double worst = 0;
        for (boolean n : new boolean[] {false, true}) {
            for (double w1 = -2; w1 <= 4; w1 += 1.5) {
                for (double w2 = -1; w2 <= 2; w2 += 0.75) {
                    double[] g = data.gradient(n, w1, w2);
                    double g1 = (data.cost(n, w1 + h, w2) - data.cost(n, w1 - h, w2)) / (2 * h);
                    double g2 = (data.cost(n, w1, w2 + h) - data.cost(n, w1, w2 - h)) / (2 * h);
                    worst = Math.max(worst, Math.max(Math.abs(g1 - g[0]), Math.abs(g2 - g[1])) / (1 + Math.abs(g[1])));
                }
            }
        }
        assertThat(worst).as("maxdiff (relative)").isLessThan(1e-6);
    }

    @Test
    void theTwoOptimaDescribeTheSameFitWeightTimesSpread() {
        double[] w = data.optimum(false);
        double[] v = data.optimum(true);
        assertThat(v[0]).isCloseTo(w[0] * data.spread(0), within(1e-9));
        assertThat(v[1]).isCloseTo(w[1] * data.spread(1), within(1e-9));
        assertThat(w[0]).isCloseTo(1.5, within(0.1));
        assertThat(w[1]).isCloseTo(0.25, within(0.02));
        assertThat(data.cost(false, w[0], w[1])).isCloseTo(data.cost(true, v[0], v[1]), within(1e-9));
    }

    @Test
    void rawFeaturesMakeAValleyAboutThirtySixTimesSteeperOneWayNormalisedOnesARoundBowl() {
        double[] raw = data.curvatures(false);
        double[] norm = data.curvatures(true);
        assertThat(raw[1] / raw[0]).isBetween(25.0, 50.0);
        assertThat(norm[1] / norm[0]).isLessThan(1.3);
        assertThat(data.largestStableRate(true)).isGreaterThan(20 * data.largestStableRate(false));
    }

    @Test
    void atEachSurfacesBestRateTheRoundBowlConvergesInFarFewerSteps() {
        double[] wStar = data.optimum(false);
        double[] vStar = data.optimum(true);
        double[] w = {wStar[0] - 3.2, wStar[1] + 0.5};
        double[] v = {w[0] * data.spread(0), w[1] * data.spread(1)};
        double rawRate = 0.9 * data.largestStableRate(false);
        double normRate = 0.3;
        int rawSteps = stepsToReach(false, w, rawRate, wStar);
        int normSteps = stepsToReach(true, v, normRate, vStar);
        assertThat(normSteps).isLessThan(20);
        assertThat(rawSteps).isGreaterThan(5 * normSteps);
    }

    private int stepsToReach(boolean normalised, double[] start, double rate, double[] target) {
        double[] p = start.clone();
        double jStar = data.cost(normalised, target[0], target[1]);
        double j0 = data.cost(normalised, p[0], p[1]) - jStar;
        for (int k = 1; k <= 10_000; k++) {
            p = data.step(normalised, p, rate);
            if (data.cost(normalised, p[0], p[1]) - jStar < 1e-3 * j0) {
                return k;
            }
        }
        return Integer.MAX_VALUE;
    }

    @Test
    void histogramCountsEveryValueInsideTheRangeOnce() {
        int[] counts = FeatureScaling.histogram(new double[] {0, 0.1, 0.5, 0.99, 1, 2}, 0, 1, 4);
        assertThat(counts).containsExactly(2, 0, 1, 2);
    }
}
