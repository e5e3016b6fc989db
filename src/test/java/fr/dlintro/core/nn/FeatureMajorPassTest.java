package fr.dlintro.core.nn;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.SplittableRandom;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FeatureMajorPassTest {

    private static Matrix batch(SplittableRandom r, int rows, int cols) {
        Matrix m = new Matrix(rows, cols);
        for (int b = 0; b < rows; b++) {
            for (int c = 0; c < cols; c++) {
                m.set(b, c, (float) r.nextDouble(-1, 1));
            }
        }
        return m;
    }

    @ParameterizedTest
    @CsvSource({"2, 16, 3, 1, relu, 64", "2, 16, 3, 1, relu, 13", "5, 12, 2, 3, leaky_relu, 7", "3, 9, 2, 2, tanh, 33",
            "4, 32, 1, 5, sigmoid, 1"})
    void givesTheUsualPassesOutputsAndGradientsBitForBit(int in, int hidden, int layers, int out, String activation,
            int rows) {
        Mlp usual = Mlp.build(in, hidden, layers, out, activation, 0.05, new SplittableRandom(3));
        Mlp feature = Mlp.build(in, hidden, layers, out, activation, 0.05, new SplittableRandom(3));
        FeatureMajorPass pass = FeatureMajorPass.forSmall(feature);
        assertThat(pass).isNotNull();
        SplittableRandom data = new SplittableRandom(8);
        for (int step = 0; step < 3; step++) {  // gradients accumulate over steps, as backward's do
            Matrix x = batch(data, rows, in);
            Matrix dOutput = batch(data, rows, out);
            Matrix expected = usual.forward(x).copy();
            Matrix actual = pass.forward(x);
            assertThat(actual.toDoubles()).isDeepEqualTo(expected.toDoubles());
            usual.backwardParameters(dOutput);
            pass.backward(dOutput);
        }
        for (int l = 0; l < usual.linears().size(); l++) {
            Linear a = usual.linears().get(l);
            Linear b = feature.linears().get(l);
            for (int o = 0; o < a.outFeatures(); o++) {
                assertThat(b.dBias(o)).as("dBias[%d] of layer %d", o, l).isEqualTo(a.dBias(o));
                for (int i = 0; i < a.inFeatures(); i++) {
                    assertThat(b.dWeight(o, i)).as("dWeight[%d][%d] of layer %d", o, i, l).isEqualTo(a.dWeight(o, i));
                }
            }
        }
    }

    @ParameterizedTest
    @CsvSource({"784, 40, 1, 10, relu", "2, 40, 1, 1, relu", "2, 16, 1, 3, softmax"})
    void isOnlyForSmallElementWiseNetworks(int in, int hidden, int layers, int out, String activation) {
        assertThat(FeatureMajorPass.forSmall(Mlp.build(in, hidden, layers, out, activation, 0, new SplittableRandom(1))))
                .isNull();
    }
}
