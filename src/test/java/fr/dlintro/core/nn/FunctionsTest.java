package fr.dlintro.core.nn;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class FunctionsTest {
    @Test
    void erfMatchesKnownValuesToDoublePrecision() {
        // values from the standard tables (Abramowitz & Stegun, 7.1) and erf(∞) = 1
        assertThat(Functions.erf(0)).isEqualTo(0.0);
        assertThat(Functions.erf(0.5)).isCloseTo(0.5204998778130465, within(1e-15));
        assertThat(Functions.erf(1)).isCloseTo(0.8427007929497149, within(1e-15));
        assertThat(Functions.erf(2)).isCloseTo(0.9953222650189527, within(1e-15));
        assertThat(Functions.erf(-3)).isCloseTo(-0.9999779095030014, within(1e-15));
        assertThat(Functions.erf(10)).isEqualTo(1.0);
    }

    @Test
    void geluIsXTimesTheNormalDistributionFunction() {
        assertThat(Functions.gelu(1)).isCloseTo(0.8413447460685429, within(1e-15));
        assertThat(Functions.gelu(-1)).isCloseTo(-0.15865525393145707, within(1e-15));
        assertThat(Functions.geluDerivative(0)).isCloseTo(0.5, within(1e-15));
    }

    @Test
    void derivativesMatchTheirFunctions() {
        for (double x = -3.9; x < 4; x += 0.7) {
            double h = 1e-6;
            assertThat(Functions.sigmoidDerivative(x))
                    .isCloseTo((Functions.sigmoid(x + h) - Functions.sigmoid(x - h)) / (2 * h), within(1e-8));
            assertThat(Functions.tanhDerivative(x))
                    .isCloseTo((Functions.tanh(x + h) - Functions.tanh(x - h)) / (2 * h), within(1e-8));
            assertThat(Functions.geluDerivative(x))
                    .isCloseTo((Functions.gelu(x + h) - Functions.gelu(x - h)) / (2 * h), within(1e-8));
            assertThat(Functions.leakyReluDerivative(x, 0.01)).isEqualTo(x > 0 ? 1 : 0.01);
            assertThat(Functions.reluDerivative(x)).isEqualTo(x > 0 ? 1 : 0);
        }
    }
}
