package fr.dlintro.core.nn;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class TwoThreadStepTest {

    private static Matrix batch(SplittableRandom r, int rows, int cols) {
        Matrix m = new Matrix(rows, cols);
        for (int b = 0; b < rows; b++) {
            for (int c = 0; c < cols; c++) {
                m.set(b, c, r.nextInt(3) == 0 ? 0f : (float) r.nextDouble(-1, 1));
            }
        }
        return m;
    }

    @Test
    void denseRegressionStepsMatchTheSerialStepBitForBit() {
        Mlp serial = Mlp.build(100, 48, 2, 3, "leaky_relu", 0.05, new SplittableRandom(9));
        Mlp parallel = Mlp.build(100, 48, 2, 3, "leaky_relu", 0.05, new SplittableRandom(9));
        Adam serialAdam = new Adam(serial.parameters(), 0.01);
        MseLoss loss = new MseLoss();
        SplittableRandom data = new SplittableRandom(4);
        try (TwoThreadStep step = new TwoThreadStep(parallel, "mse", new Adam(parallel.parameters(), 0.01))) {
            for (int s = 0; s < 12; s++) {
                int rows = s == 5 ? 1 : 7 + s;  // odd sizes and a single-sample batch
                Matrix x = batch(data, rows, 100);
                Targets t = Targets.values(batch(data, rows, 3));
                serial.zeroGrad();
                double expected = loss.forward(serial.forward(x), t);
                serial.backwardParameters(loss.backward());
                serialAdam.step();
                assertThat(step.trainStep(x, t)).isEqualTo(expected);
            }
            long[] correct = new long[1];
            Matrix x = batch(data, 9, 100);
            Targets t = Targets.values(batch(data, 9, 3));
            assertThat(step.evaluate(x, t, correct)).isEqualTo(loss.forward(serial.forward(x), t));
        }
        for (int l = 0; l < serial.linears().size(); l++) {
            assertThat(parallel.linears().get(l).weights()).isDeepEqualTo(serial.linears().get(l).weights());
            assertThat(parallel.linears().get(l).biases()).containsExactly(serial.linears().get(l).biases());
        }
    }

    @Test
    void aNonFiniteLossLeavesTheWeightsAlone() {
        Mlp model = Mlp.build(4, 8, 1, 1, "relu", 0, new SplittableRandom(1));
        double[][] before = model.linears().get(0).weights();
        try (TwoThreadStep step = new TwoThreadStep(model, "mse", new Sgd(model.parameters(), 0.1))) {
            Matrix x = Matrix.of(new double[][] {{1, 2, 3, Double.NaN}, {1, 1, 1, 1}});
            Targets t = Targets.values(Matrix.of(new double[][] {{0}, {0}}));
            assertThat(step.trainStep(x, t)).isNaN();
        }
        assertThat(model.linears().get(0).weights()).isDeepEqualTo(before);
    }
}
