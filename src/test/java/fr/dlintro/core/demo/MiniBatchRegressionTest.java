package fr.dlintro.core.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class MiniBatchRegressionTest {
    private final MiniBatchRegression data = new MiniBatchRegression(42);

    @Test
    void gradientMatchesCentralFiniteDifferencesOfTheFullCost() {
        int[] all = new int[MiniBatchRegression.SIZE];
        for (int i = 0; i < all.length; i++) {
            all[i] = i;
        }
        double h = 1e-6;
        double worst = 0;
        for (double w = -1; w <= 4; w += 1) {
            for (double b = -2; b <= 3; b += 1) {
                double[] g = data.gradient(w, b, all, 0, all.length);
                double gw = (data.cost(w + h, b) - data.cost(w - h, b)) / (2 * h);
                double gb = (data.cost(w, b + h) - data.cost(w, b - h)) / (2 * h);
                worst = Math.max(worst, Math.max(Math.abs(gw - g[0]), Math.abs(gb - g[1])));
            }
        }
        assertThat(worst).as("maxdiff").isLessThan(1e-6);
    }

    @Test
    void theBestFitIsCloseToTheLineTheDataCameFrom() {
        double[] best = data.bestFit();
        assertThat(best[0]).isCloseTo(2.0, within(0.25));
        assertThat(best[1]).isCloseTo(1.0, within(0.15));
        double[] g = data.gradient(best[0], best[1], identity(), 0, MiniBatchRegression.SIZE);
        assertThat(Math.hypot(g[0], g[1])).isLessThan(1e-12);
    }

    @Test
    void aBatchOfTheWholeDataSetIsClassicGradientDescent() {
        MiniBatchRegression.Run run = data.run(MiniBatchRegression.SIZE, 0.1, -0.5, -1.5);
        double w = -0.5;
        double b = -1.5;
        for (int k = 0; k < 5; k++) {
            run.step();
            double[] g = data.gradient(w, b, identity(), 0, MiniBatchRegression.SIZE);
            w -= 0.1 * g[0];
            b -= 0.1 * g[1];
        }
        assertThat(run.w()).isCloseTo(w, within(1e-12));
        assertThat(run.b()).isCloseTo(b, within(1e-12));
        assertThat(run.epochs()).isEqualTo(5.0);
        assertThat(run.updatesPerEpoch()).isEqualTo(1);
    }

    @Test
    void miniBatchesOfEightMakeThirteenUpdatesPerEpochAndGetFurtherInOneEpoch() {
        MiniBatchRegression.Run sgd = data.run(8, 0.1, -0.5, -1.5);
        MiniBatchRegression.Run full = data.run(MiniBatchRegression.SIZE, 0.1, -0.5, -1.5);
        assertThat(sgd.updatesPerEpoch()).isEqualTo(13);
        for (int k = 0; k < 13; k++) {
            sgd.step();
        }
        full.step();
        assertThat(sgd.epochs()).isEqualTo(1.0);
        assertThat(data.cost(sgd.w(), sgd.b())).isLessThan(data.cost(full.w(), full.b()) / 2);
    }

    @Test
    void theSameSeedReplaysTheSameMiniBatches() {
        MiniBatchRegression.Run a = new MiniBatchRegression(7).run(4, 0.1, 0, 0);
        MiniBatchRegression.Run b = new MiniBatchRegression(7).run(4, 0.1, 0, 0);
        for (int k = 0; k < 60; k++) {
            a.step();
            b.step();
        }
        assertThat(a.w()).isEqualTo(b.w());
        assertThat(a.b()).isEqualTo(b.b());
    }

    private static int[] identity() {
        int[] all = new int[MiniBatchRegression.SIZE];
        for (int i = 0; i < all.length; i++) {
            all[i] = i;
        }
        return all;
    }
}
