package fr.dlintro.core.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

class SaddleSurfaceTest {

    @Test
    void gradientMatchesCentralFiniteDifferences() {
        double worst = 0;
        double h = 1e-6;
        for (double x = -2; x <= 2; x += 0.25) {
            for (double y = -2; y <= 2; y += 0.25) {
                double[] g = SaddleSurface.gradient(x, y);
                double gx = (SaddleSurface.cost(x + h, y) - SaddleSurface.cost(x - h, y)) / (2 * h);
                double gy = (SaddleSurface.cost(x, y + h) - SaddleSurface.cost(x, y - h)) / (2 * h);
                worst = Math.max(worst, Math.max(Math.abs(gx - g[0]), Math.abs(gy - g[1])));
            }
        }
        assertThat(worst).as("maxdiff").isLessThan(1e-8);
    }

    @Test
    void aStartOnTheAxisSlidesIntoTheSaddleAndStays() {
        List<double[]> path = SaddleSurface.descend(1.8, 0, 0.1, 200);
        double[] end = path.get(path.size() - 1);
        assertThat(path).hasSize(201);
        assertThat(end[1]).isZero();
        assertThat(end[0]).isCloseTo(0.0, within(1e-15));
        assertThat(SaddleSurface.gradientNorm(end[0], end[1])).isLessThan(1e-15);
    }

    @Test
    void aThousandthOffTheAxisGrowsByOnePointTwoPerStepAndEscapes() {
        List<double[]> path = SaddleSurface.descend(1.8, 0.001, 0.1, 200);
        assertThat(path.get(1)[1]).isCloseTo(0.0012, within(1e-12));
        double[] end = path.get(path.size() - 1);
        assertThat(SaddleSurface.inside(end[0], end[1])).isFalse();
        assertThat(path.size() - 1).isEqualTo(42); // 0.001·1.2^k > 2 first at k = 42
    }

    @Test
    void theGradientShrinksNearTheSaddleThenGrowsAsTheDescentEscapes() {
        List<double[]> path = SaddleSurface.descend(1.8, 0.001, 0.1, 200);
        double[] norms = path.stream().mapToDouble(p -> SaddleSurface.gradientNorm(p[0], p[1])).toArray();
        int lowest = 0;
        for (int i = 1; i < norms.length; i++) {
            if (norms[i] < norms[lowest]) {
                lowest = i;
            }
        }
        assertThat(norms[lowest]).isLessThan(0.1).isLessThan(norms[0] / 40);
        assertThat(lowest).isBetween(15, 22); // where 1.8·0.8^k meets 0.001·1.2^k
        assertThat(norms[norms.length - 1]).isGreaterThan(3.5);
    }
}
