package fr.dlintro.core.nn;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** The worked numbers of the book's chapters 3 and 4, computed by the core. */
class BookNumbersTest {

    private static double perceptron(double[] x, double[] w) {
        Linear linear = new Linear(x.length, 1);
        for (int i = 0; i < x.length; i++) {
            linear.setWeight(0, i, w[i]);
        }
        return linear.forward(Matrix.row(x)).get(0, 0);
    }

    @Test
    void averagingPerceptronGivesTwo() {
        assertThat(perceptron(new double[] {7, -3, 2}, new double[] {1.0 / 3, 1.0 / 3, 1.0 / 3}))
                .isCloseTo(2, within(1e-6));
    }

    @Test
    void bookPresetGivesThreePointSevenFive() {
        assertThat(perceptron(new double[] {7, -3, 2}, new double[] {0.6, 0.25, 0.15})).isCloseTo(3.75, within(1e-6));
    }

    @Test
    void sigmoidOfThreePointSevenFiveIsNearlyOne() {
        assertThat(Functions.sigmoid(3.75)).isCloseTo(0.977, within(5e-4));
        Sigmoid layer = new Sigmoid();
        assertThat(layer.forward(Matrix.row(3.75)).get(0, 0)).isCloseTo(0.97702f, within(1e-5f));
    }

    @Test
    void softmaxOfTheFourScoresMatchesTheBook() {
        double[] z = {2.0, 1.0, -1.0, 3.0};
        assertThat(Functions.softmaxDenominator(z)).isCloseTo(30.561, within(5e-4));
        double[] s = Functions.softmax(z);
        assertThat(s[0]).isCloseTo(0.242, within(5e-4));
        assertThat(s[1]).isCloseTo(0.089, within(5e-4));
        assertThat(s[2]).isCloseTo(0.012, within(5e-4));
        assertThat(s[3]).isCloseTo(0.657, within(5e-4));
        Matrix layer = new Softmax().forward(Matrix.row(z));
        for (int k = 0; k < 4; k++) {
            assertThat((double) layer.get(0, k)).isCloseTo(s[k], within(1e-6));
        }
    }

    /** The network of 3.4.1, weights from the book's numpy code (its matrices are (in, out)). */
    static Mlp heightNetwork() {
        double[][] hidden1 = {{0.1, 0.2, 0.3}, {0.4, 0.5, 0.6}};
        double[][] hidden2 = {{0.1, 0.2, 0.3}, {0.4, 0.5, 0.6}, {0.7, 0.8, 0.9}};
        double[][] output = {{0.1}, {0.2}, {0.3}};
        Linear l1 = linearFromNumpy(hidden1, new double[] {0.1, 0.2, 0.3});
        Linear l2 = linearFromNumpy(hidden2, new double[] {0.1, 0.2, 0.3});
        Linear l3 = linearFromNumpy(output, new double[] {0.1});
        return new Mlp(2, List.of(l1, new Relu(), l2, new Relu(), l3, new Relu()));
    }

    private static Linear linearFromNumpy(double[][] inByOut, double[] bias) {
        Linear l = new Linear(inByOut.length, inByOut[0].length);
        for (int i = 0; i < inByOut.length; i++) {
            for (int o = 0; o < inByOut[0].length; o++) {
                l.setWeight(o, i, inByOut[i][o]);
            }
        }
        for (int o = 0; o < bias.length; o++) {
            l.setBias(o, bias[o]);
        }
        return l;
    }

    @Test
    void heightNetworkOfSection341TracesEveryBookValue() {
        Mlp.Trace t = heightNetwork().trace(70, 25);
        assertThat(t.layerOutput(0)).containsExactly(new double[] {17.1, 26.7, 36.3}, within(1e-4));
        assertThat(t.layerOutput(1)).containsExactly(new double[] {17.1, 26.7, 36.3}, within(1e-4));
        assertThat(t.layerOutput(2)).containsExactly(new double[] {37.9, 46.01, 54.12}, within(1e-4));
        assertThat(t.layerOutput(3)).containsExactly(new double[] {37.9, 46.01, 54.12}, within(1e-4));
        assertThat(t.layerOutput(4)).containsExactly(new double[] {29.328}, within(1e-4));
        assertThat(t.output()).containsExactly(new double[] {29.328}, within(1e-4));
    }

    @Test
    void fiveDaysOfTemperaturesGiveMaeTwoPointFourAndMseSevenPointSix() {
        double[] predicted = {15, 18, 20, 22, 25};
        double[] actual = {17, 20, 18, 21, 20};
        assertThat(Losses.mae(actual, predicted)).isCloseTo(2.4, within(1e-12));
        assertThat(Losses.mse(actual, predicted)).isCloseTo(7.6, within(1e-12));
        Matrix p = Matrix.of(new double[][] {predicted});
        Targets t = Targets.values(Matrix.of(new double[][] {actual}));
        assertThat(new L1Loss().forward(p, t)).isCloseTo(2.4, within(1e-6));
        assertThat(new MseLoss().forward(p, t)).isCloseTo(7.6, within(1e-6));
    }

    @Test
    void catsAndDogsGiveBinaryCrossEntropyPointTwoEightZero() {
        double[] y = {1, 0, 1};
        double[] p = {0.9, 0.2, 0.6};
        assertThat(Losses.bcePerSample(y, p)).containsExactly(new double[] {0.1054, 0.2231, 0.5108}, within(5e-5));
        assertThat(Losses.bce(y, p)).isCloseTo(0.2798, within(5e-5));
        Matrix probs = Matrix.of(new double[][] {{0.9}, {0.2}, {0.6}});
        Targets labels = Targets.values(Matrix.of(new double[][] {{1}, {0}, {1}}));
        assertThat(new BceLoss().forward(probs, labels)).isCloseTo(0.2798, within(5e-5));
    }

    @Test
    void threeAnimalsGiveCategoricalCrossEntropyPointThreeFiveSeven() {
        double[][] y = {{1, 0, 0, 0}, {0, 1, 0, 0}, {0, 0, 0, 1}};
        double[][] p = {{0.7, 0.1, 0.1, 0.1}, {0.1, 0.7, 0.1, 0.1}, {0.1, 0.1, 0.1, 0.7}};
        assertThat(Losses.cce(y, p)).isCloseTo(0.357, within(5e-4));
        assertThat(new CategoricalCrossEntropyLoss().forward(Matrix.of(p), Targets.values(Matrix.of(y))))
                .isCloseTo(0.357, within(5e-4));
    }

    @Test
    void calculatorNetworkHasSixHundredNineParameters() {
        Mlp calculator = Mlp.build(2, 16, 3, 1, "relu", 0, new SplittableRandom(42));
        assertThat(calculator.parameterCount()).isEqualTo(609);
        assertThat(calculator.linears()).extracting(l -> l.parameters().stream().mapToInt(Parameter::count).sum())
                .containsExactly(48, 272, 272, 17);
    }

    @Test
    void mnistNetworkHasThirtyEightThousandThreeHundredSeventyParameters() {
        Mlp mnist = Mlp.build(784, 40, 5, 10, "relu", 0, new SplittableRandom(42));
        assertThat(mnist.parameterCount()).isEqualTo(38_370);
        assertThat(mnist.linears()).hasSize(6);
    }

    @Test
    void defaultInitialisationStaysWithinOneOverRootFanIn() {
        Linear l = new Linear(16, 8, new SplittableRandom(5));
        double bound = 1 / Math.sqrt(16);
        double max = 0;
        for (double[] row : l.weights()) {
            for (double w : row) {
                max = Math.max(max, Math.abs(w));
            }
        }
        for (double b : l.biases()) {
            max = Math.max(max, Math.abs(b));
        }
        assertThat(max).isLessThanOrEqualTo(bound).isGreaterThan(0.8 * bound);
    }
}
