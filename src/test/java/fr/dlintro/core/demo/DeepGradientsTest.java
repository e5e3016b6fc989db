package fr.dlintro.core.demo;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DeepGradientsTest {
    @Test
    void givesOneGradientPerHiddenLayerPlusTheOutput() {
        assertThat(DeepGradients.compute(10, "sigmoid", 1, 42).layers()).isEqualTo(11);
    }

    @Test
    void sigmoidGradientsVanishTowardsTheInput() {
        DeepGradients.Result r = DeepGradients.compute(10, "sigmoid", 1, 42);
        assertThat(r.norm(0) / r.norm(9)).as("first over last hidden layer").isLessThan(1e-3);
    }

    @Test
    void reluKeepsTheGradientWithinOneOrderOfMagnitudeAtHeScale() {
        DeepGradients.Result r = DeepGradients.compute(10, "relu", 1, 42);
        double ratio = r.norm(0) / r.norm(9);
        assertThat(ratio).isBetween(0.1, 10.0);
    }

    @Test
    void largeWeightsMakeTheGradientExplode() {
        DeepGradients.Result small = DeepGradients.compute(10, "tanh", 1, 42);
        DeepGradients.Result large = DeepGradients.compute(10, "tanh", 4, 42);
        assertThat(large.norm(0)).isGreaterThan(10 * small.norm(0));
        assertThat(large.norm(0)).isGreaterThan(large.norm(10));
    }

    @Test
    void aGradientBeyondFloat32IsNoLongerANumberAsInPyTorch() {
        DeepGradients.Result r = DeepGradients.compute(30, "relu", 5, 42);
        assertThat(Double.isFinite(r.norm(0))).as("first layer: " + r.norm(0)).isFalse();
    }

    @Test
    void theSameSeedGivesTheSameGradients() {
        assertThat(DeepGradients.compute(6, "tanh", 1, 3).gradientNorms())
                .containsExactly(DeepGradients.compute(6, "tanh", 1, 3).gradientNorms());
    }
}
