package fr.dlintro.core.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The printed iterations of the book's 4.3.4.1 and 4.3.4.2. */
class GradientDescentExamplesTest {

    @Test
    void oneWeightFollowsTheBookIterationByIteration() {
        List<OneWeightDescent.Step> steps = OneWeightDescent.book().run(100);
        double[] costs = {13.5, 3.5, 1.0, 0.375, 0.21875, 0.1796875};
        double[] weights = {2.0, 1.0, 1.5, 1.25, 1.375, 1.3125};
        for (int i = 0; i < 6; i++) {
            assertThat(steps.get(i).iteration()).isEqualTo(i + 1);
            assertThat(steps.get(i).cost()).isCloseTo(costs[i], within(1e-12));
            assertThat(steps.get(i).w()).isCloseTo(weights[i], within(1e-12));
        }
        assertThat(steps.get(0).gradient()).isCloseTo(-20, within(1e-12));
        assertThat(steps.get(9).w()).isCloseTo(1.33203125, within(1e-12));
        assertThat(steps.get(9).cost()).isCloseTo(0.1667, within(5e-5));
        assertThat(steps.get(99).w()).isCloseTo(4.0 / 3, within(1e-12));
        assertThat(steps.get(99).cost()).isCloseTo(1.0 / 6, within(1e-12));
    }

    /** Python's round(v, 3), which the book's print uses. */
    private static double round3(double v) {
        return new BigDecimal(v).setScale(3, RoundingMode.HALF_EVEN).doubleValue();
    }

    @Test
    void weightAndBiasReproduceEveryPrintedLine() {
        List<AffineDescent.Step> steps = AffineDescent.book().run(233);
        // iteration, J(W), W1, b1 as printed in 4.3.4.2
        double[][] printed = {
            {1, 13.5, 2.0, 0.7}, {2, 6.09, 0.65, 0.26}, {3, 2.761, 1.545, 0.583}, {4, 1.265, 0.936, 0.394},
            {5, 0.592, 1.335, 0.547}, {6, 0.288, 1.059, 0.47}, {10, 0.044, 1.127, 0.556},
            {15, 0.025, 1.13, 0.626}, {20, 0.018, 1.109, 0.678}, {233, 0.0, 1.0, 1.0}};
        for (double[] line : printed) {
            AffineDescent.Step s = steps.get((int) line[0] - 1);
            assertThat(round3(s.cost())).as("J at %s", line[0]).isEqualTo(line[1]);
            assertThat(round3(s.w())).as("W1 at %s", line[0]).isEqualTo(line[2]);
            assertThat(round3(s.b())).as("b1 at %s", line[0]).isEqualTo(line[3]);
        }
        assertThat(steps.get(0).dW()).isCloseTo(-20, within(1e-12));
        assertThat(steps.get(0).dB()).isCloseTo(-7, within(1e-12));
        // 233 is the first iteration that prints (1.0, 1.0)
        AffineDescent.Step before = steps.get(231);
        assertThat(round3(before.w()) == 1.0 && round3(before.b()) == 1.0).isFalse();
    }
}
