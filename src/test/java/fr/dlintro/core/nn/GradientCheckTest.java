package fr.dlintro.core.nn;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Every layer, activation and loss against central finite differences. */
class GradientCheckTest {
    private static final double TOLERANCE = 5e-4;
    private final SplittableRandom random = new SplittableRandom(7);

    @AfterAll
    static void reportWorstDifference() {
        System.out.printf("finite differences: worst relative difference %.3g at %s%n",
                GradientCheck.worstOfAll, GradientCheck.worstWhere);
    }

    @Test
    void linearGradientsMatchFiniteDifferences() {
        Linear linear = new Linear(7, 5, new SplittableRandom(1));
        Matrix x = GradientCheck.random(random, 6, 7, -2, 2);
        x.set(0, 3, 0f);
        x.set(4, 0, 0f);
        Matrix g = GradientCheck.random(random, 6, 5, -1, 1);
        assertThat(new GradientCheck().checkLayer("linear", linear, x, g)).isLessThan(TOLERANCE);
    }

    @Test
    void linearOnSparseRawInputsMatchesTheDenseComputation() {
        int width = 9;
        // three samples of raw bytes, mostly zero; the network sees scale·u + shift
        int[][] raw = {{0, 0, 255, 0, 7, 0, 0, 0, 1}, {0, 0, 0, 0, 0, 0, 0, 0, 0}, {12, 0, 0, 200, 0, 0, 3, 0, 99}};
        int nnz = 0;
        for (int[] r : raw) {
            for (int v : r) {
                nnz += v != 0 ? 1 : 0;
            }
        }
        int[] start = new int[raw.length + 1];
        short[] index = new short[nnz];
        byte[] value = new byte[nnz];
        int k = 0;
        for (int s = 0; s < raw.length; s++) {
            start[s] = k;
            for (int i = 0; i < width; i++) {
                if (raw[s][i] != 0) {
                    index[k] = (short) i;
                    value[k++] = (byte) raw[s][i];
                }
            }
        }
        start[raw.length] = k;
        float scale = 2f / 255f;
        SparseBatch sparse = new SparseBatch(width, start, index, value, scale, -1f, 4);
        sparse.samples()[0] = 2;
        sparse.samples()[1] = 0;
        sparse.samples()[2] = 1;
        sparse.setSize(3);
        Matrix dense = sparse.toDense(null);
        assertThat(dense.get(1, 2)).isCloseTo(1f, org.assertj.core.data.Offset.offset(1e-6f));
        assertThat(dense.get(2, 0)).isEqualTo(-1f);

        Linear a = new Linear(width, 4, new SplittableRandom(3));
        Linear b = new Linear(width, 4, new SplittableRandom(3));
        Matrix ya = a.forward(sparse).copy();
        Matrix yb = b.forward(dense).copy();
        Matrix g = GradientCheck.random(random, 3, 4, -1, 1);
        a.backward(g, false);
        b.backward(g, false);
        for (int r = 0; r < 3; r++) {
            for (int o = 0; o < 4; o++) {
                assertThat(ya.get(r, o)).isCloseTo(yb.get(r, o), org.assertj.core.data.Offset.offset(1e-5f));
            }
        }
        for (int o = 0; o < 4; o++) {
            assertThat(a.dBias(o)).isCloseTo(b.dBias(o), org.assertj.core.data.Offset.offset(1e-6));
            for (int i = 0; i < width; i++) {
                assertThat(a.dWeight(o, i)).isCloseTo(b.dWeight(o, i), org.assertj.core.data.Offset.offset(1e-5));
            }
        }
    }

    @Test
    void everyActivationMatchesFiniteDifferences() {
        for (Activation act : List.of(new Relu(), new Sigmoid(), new Tanh(), new LeakyRelu(0.1), new Gelu(),
                new Softmax())) {
            Matrix x = GradientCheck.randomAwayFromZero(random, 4, 6, 0.05);
            Matrix g = GradientCheck.random(random, 4, 6, -1, 1);
            double worst = new GradientCheck().checkLayer(act.type(), act, x, g);
            assertThat(worst).as(act.type()).isLessThan(TOLERANCE);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"tanh", "relu"})
    void wholeNetworkMatchesFiniteDifferences(String activation) {
        Mlp mlp = Mlp.build(3, 5, 2, 2, activation, 0, new SplittableRandom(11));
        Matrix x = GradientCheck.random(random, 4, 3, -1, 1);
        x.set(1, 2, 0f);  // zeros in the input and, with relu, in hidden activations and gradients
        Targets t = Targets.values(GradientCheck.random(random, 4, 2, -1, 1));
        MseLoss loss = new MseLoss();
        mlp.zeroGrad();
        loss.forward(mlp.forward(x), t);
        mlp.backward(loss.backward());
        GradientCheck check = new GradientCheck();
        for (Parameter p : mlp.parameters()) {
            float[][] analytic = GradientCheck.copy(p.grad());
            check.compare("mlp." + p.name(), p.value(), analytic, () -> {
                p.markUpdated();
                return loss.forward(mlp.forward(x), t);
            });
        }
        assertThat(check.worst).isLessThan(TOLERANCE);
    }

    @Test
    void everyLossMatchesFiniteDifferences() {
        Matrix pred = GradientCheck.random(random, 5, 3, -2, 2);
        Matrix target = GradientCheck.random(random, 5, 3, -2, 2);
        checkLoss(new MseLoss(), pred, Targets.values(target));
        checkLoss(new L1Loss(), pred, Targets.values(target));

        Matrix prob = GradientCheck.random(random, 5, 3, 0.1, 0.9);
        Matrix binary = GradientCheck.random(random, 5, 3, 0, 1);
        checkLoss(new BceLoss(), prob, Targets.values(binary));

        Matrix oneHot = new Matrix(5, 3);
        for (int r = 0; r < 5; r++) {
            oneHot.set(r, r % 3, 1f);
        }
        checkLoss(new CategoricalCrossEntropyLoss(), prob, Targets.values(oneHot));

        Matrix logits = GradientCheck.random(random, 5, 4, -3, 3);
        checkLoss(new CrossEntropyLoss(), logits, Targets.labels(0, 3, 1, 2, 3));
    }

    private void checkLoss(Loss loss, Matrix pred, Targets targets) {
        loss.forward(pred, targets);
        float[][] analytic = GradientCheck.copy(loss.backward().data());
        GradientCheck check = new GradientCheck();
        check.compare(loss.name(), pred.data(), analytic, () -> loss.forward(pred, targets));
        assertThat(check.worst).as(loss.name()).isLessThan(TOLERANCE);
    }

    @Test
    void crossEntropyStaysFiniteForHugeLogits() {
        CrossEntropyLoss loss = new CrossEntropyLoss();
        double l = loss.forward(Matrix.of(new double[][] {{1000, -1000, 0}}), Targets.labels(1));
        assertThat(l).isCloseTo(2000, org.assertj.core.data.Offset.offset(1e-3));
        assertThat(loss.backward().get(0, 0)).isCloseTo(1f, org.assertj.core.data.Offset.offset(1e-6f));
    }
}
