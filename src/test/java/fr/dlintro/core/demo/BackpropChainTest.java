package fr.dlintro.core.demo;

import static fr.dlintro.core.demo.BackpropChain.PARAMETERS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import fr.dlintro.core.nn.Layer;
import fr.dlintro.core.nn.Linear;
import fr.dlintro.core.nn.Matrix;
import fr.dlintro.core.nn.Mlp;
import fr.dlintro.core.nn.MseLoss;
import fr.dlintro.core.nn.Sigmoid;
import fr.dlintro.core.nn.Targets;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class BackpropChainTest {
    private static final double[] START = {0.5, 0.1, -0.6, 0.2, 0.9, -0.1};

    @Test
    void forwardPassFollowsTheBooksCodeWithALinearOutput() {
        BackpropChain.Values v = BackpropChain.pass(START, 2, 1);
        assertThat(v.z1()).isCloseTo(1.1, within(1e-12));
        assertThat(v.a1()).isCloseTo(1 / (1 + Math.exp(-1.1)), within(1e-12));
        assertThat(v.z2()).isCloseTo(-0.6 * v.a1() + 0.2, within(1e-12));
        assertThat(v.yHat()).isCloseTo(0.9 * v.a2() - 0.1, within(1e-12));
        assertThat(v.cost()).isCloseTo(0.5 * (1 - v.yHat()) * (1 - v.yHat()), within(1e-12));
        assertThat(v.dJdYHat()).as("ŷ − y, not the book's y − ŷ").isCloseTo(v.yHat() - 1, within(1e-12));
    }

    @Test
    void everyGradientMatchesCentralFiniteDifferences() {
        SplittableRandom random = new SplittableRandom(7);
        double worst = 0;
        for (int trial = 0; trial < 50; trial++) {
            double[] p = new double[PARAMETERS];
            for (int k = 0; k < PARAMETERS; k++) {
                p[k] = random.nextDouble(-2, 2);
            }
            double x = random.nextDouble(-3, 3);
            double y = random.nextDouble(-2, 2);
            double[] g = BackpropChain.pass(p, x, y).gradients();
            for (int k = 0; k < PARAMETERS; k++) {
                double h = 1e-6;
                double[] plus = p.clone();
                double[] minus = p.clone();
                plus[k] += h;
                minus[k] -= h;
                double numeric = (BackpropChain.cost(plus, x, y) - BackpropChain.cost(minus, x, y)) / (2 * h);
                worst = Math.max(worst, Math.abs(numeric - g[k]) / Math.max(1, Math.abs(numeric)));
            }
        }
        assertThat(worst).as("worst relative difference").isLessThan(1e-8);
    }

    @Test
    void gradientOfTheSecondWeightIsTheErrataFormula() {
        BackpropChain.Values v = BackpropChain.pass(START, 2, 1);
        double expected = (v.yHat() - 1) * START[BackpropChain.W3] * v.a2() * (1 - v.a2()) * v.a1();
        assertThat(v.gradient(BackpropChain.W2)).isCloseTo(expected, within(1e-15));
        assertThat(v.gradient(BackpropChain.B2)).isCloseTo(v.dZ2(), within(1e-15));
        assertThat(v.gradient(BackpropChain.W1)).isCloseTo(v.dZ1() * 2, within(1e-15));
    }

    @Test
    void agreesWithTheCoreNetworkWhoseMseHasNoHalf() {
        Linear l1 = linear(START[0], START[1]);
        Linear l2 = linear(START[2], START[3]);
        Linear l3 = linear(START[4], START[5]);
        Mlp net = new Mlp(1, List.<Layer>of(l1, new Sigmoid(), l2, new Sigmoid(), l3));
        MseLoss loss = new MseLoss();
        net.zeroGrad();
        double mse = loss.forward(net.forward(Matrix.row(2.0)), Targets.values(Matrix.row(1.0)));
        net.backward(loss.backward(1));
        BackpropChain.Values v = BackpropChain.pass(START, 2, 1);
        assertThat(mse).isCloseTo(2 * v.cost(), within(1e-6));
        double[] core = {l1.dWeight(0, 0), l1.dBias(0), l2.dWeight(0, 0), l2.dBias(0), l3.dWeight(0, 0), l3.dBias(0)};
        for (int k = 0; k < PARAMETERS; k++) {
            assertThat(core[k]).as("parameter " + k + ", twice ours").isCloseTo(2 * v.gradient(k), within(1e-6));
        }
    }

    @Test
    void updateMovesEachParameterAgainstItsGradient() {
        BackpropChain.Values v = BackpropChain.pass(START, 2, 1);
        double[] next = BackpropChain.update(START, v.gradients(), 0.01);
        for (int k = 0; k < PARAMETERS; k++) {
            assertThat(next[k]).isCloseTo(START[k] - 0.01 * v.gradient(k), within(1e-15));
        }
        assertThat(BackpropChain.cost(next, 2, 1)).isLessThan(v.cost());
    }

    private static Linear linear(double w, double b) {
        Linear l = new Linear(1, 1);
        l.setWeight(0, 0, w);
        l.setBias(0, b);
        return l;
    }
}
