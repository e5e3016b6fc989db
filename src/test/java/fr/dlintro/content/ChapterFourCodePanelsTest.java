package fr.dlintro.content;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import fr.dlintro.content.PythonPanels.Printed;
import fr.dlintro.core.demo.AffineDescent;
import fr.dlintro.core.demo.OneWeightDescent;
import fr.dlintro.core.nn.Functions;
import fr.dlintro.core.nn.Layer;
import fr.dlintro.core.nn.Linear;
import fr.dlintro.core.nn.Losses;
import fr.dlintro.core.nn.Matrix;
import fr.dlintro.core.nn.Mlp;
import fr.dlintro.core.nn.MseLoss;
import fr.dlintro.core.nn.Sgd;
import fr.dlintro.core.nn.Sigmoid;
import fr.dlintro.core.nn.Targets;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * Chapter 4's Python panels and the output printed under them: every number in an output
 * block must be what the compute core gives for the same maths ({@link Losses} for 4.2,
 * {@link OneWeightDescent} and {@link AffineDescent} for 4.3.4, a float {@link Mlp} with
 * {@link MseLoss} and {@link Sgd} for the PyTorch example of 4.4.3.5, whose weights the panel
 * fixes so that its output is deterministic). The outputs in the lessons were produced by
 * running each panel with NumPy 1.24 and PyTorch 1.13.
 */
class ChapterFourCodePanelsTest {
    private static final Path CHAPTER = Path.of(System.getProperty("dlintro.repo", "."), "lessons", "04-retropropagation");

    /** What each lesson's panels print, in file order; a lesson absent here must have no panel. */
    private static Map<String, List<Printed>> expectedPanels() {
        Map<String, List<Printed>> m = new TreeMap<>();
        m.put("04.2-fonction-de-perte.md", List.of(maeMseOfTheFiveDays(), binaryCrossEntropy(), categoricalCrossEntropy()));
        m.put("04.3-descente-de-gradient.md", List.of(oneUpdate(), oneWeightLoop(), weightAndBiasLoop()));
        m.put("04.4-retropropagation.md", List.of(torchBackpropStep()));
        return m;
    }

    // ---- 4.2: the losses ----

    private static final double[] TRUE_TEMPERATURES = {17, 20, 18, 21, 20};
    private static final double[] PREDICTED_TEMPERATURES = {15, 18, 20, 22, 25};
    private static final double[] CAT = {1, 0, 1};
    private static final double[] P_CAT = {0.9, 0.2, 0.6};
    private static final double[][] ONE_HOT = {{1, 0, 0, 0}, {0, 1, 0, 0}, {0, 0, 0, 1}};
    private static final double[][] P_CLASSES = {{0.7, 0.1, 0.1, 0.1}, {0.1, 0.7, 0.1, 0.1}, {0.1, 0.1, 0.1, 0.7}};

    private static Printed maeMseOfTheFiveDays() {
        double mse = Losses.mse(TRUE_TEMPERATURES, PREDICTED_TEMPERATURES);
        return new Printed().exact(Losses.mae(TRUE_TEMPERATURES, PREDICTED_TEMPERATURES), mse).rounded(2, Math.sqrt(mse));
    }

    /** Each sample's number and loss, then the mean. */
    private static Printed binaryCrossEntropy() {
        Printed printed = new Printed();
        double[] perSample = Losses.bcePerSample(CAT, P_CAT);
        for (int i = 0; i < perSample.length; i++) {
            printed.exact(i + 1).rounded(3, perSample[i]);
        }
        return printed.rounded(3, Losses.bce(CAT, P_CAT));
    }

    private static Printed categoricalCrossEntropy() {
        return new Printed().rounded(3, Losses.cce(ONE_HOT, P_CLASSES));
    }

    // ---- 4.3.4: the worked descents ----

    /** {@code descente_gradient(0, 0.1, -20)}: the first update of 4.3.4.1. */
    private static Printed oneUpdate() {
        return new Printed().exact(OneWeightDescent.book().step().w());
    }

    /** Iterations 1 to 6, 10 and 100, printed with Python's repr. */
    private static Printed oneWeightLoop() {
        Printed printed = new Printed();
        for (OneWeightDescent.Step s : OneWeightDescent.book().run(100)) {
            if (s.iteration() <= 6 || s.iteration() == 10 || s.iteration() == 100) {
                printed.exact(s.iteration(), s.cost(), s.w());
            }
        }
        return printed;
    }

    private static final Set<Integer> AFFINE_SHOWN = Set.of(1, 2, 3, 4, 5, 6, 10, 15, 20, 233);

    /** Iterations 1 to 6, 10, 15, 20 and 233, each value rounded to three decimals. */
    private static Printed weightAndBiasLoop() {
        Printed printed = new Printed();
        for (AffineDescent.Step s : AffineDescent.book().run(233)) {
            if (AFFINE_SHOWN.contains(s.iteration())) {
                printed.exact(s.iteration()).rounded(3, s.cost(), s.w(), s.b());
            }
        }
        return printed;
    }

    // ---- 4.4.3.5: one step of the 1-1-1-1 network, as PyTorch does it ----

    private static final double X = 2.0;
    private static final double Y = 1.0;
    private static final double LEARNING_RATE = 0.01;
    /** w¹, b¹, w², b², w³, b³ as the panel fixes them. */
    private static final double[] START = {0.5, 0.1, -0.3, 0.2, 0.8, 0.1};

    /** x → Linear → σ → Linear → σ → Linear, in the core's float precision like torch's float32. */
    private static Mlp network() {
        List<Layer> layers = new ArrayList<>();
        for (int l = 0; l < 3; l++) {
            Linear linear = new Linear(1, 1);
            linear.setWeight(0, 0, START[2 * l]);
            linear.setBias(0, START[2 * l + 1]);
            layers.add(linear);
            if (l < 2) {
                layers.add(new Sigmoid());
            }
        }
        return new Mlp(1, layers);
    }

    /** Prediction, MSE, the six gradients (weight then bias, layer by layer), the six updated parameters. */
    private static Printed torchBackpropStep() {
        Mlp net = network();
        Matrix prediction = net.forward(Matrix.row(X));
        MseLoss mse = new MseLoss();
        double loss = mse.forward(prediction, Targets.values(Matrix.row(Y)));
        net.zeroGrad();
        net.backward(mse.backward());
        Printed printed = new Printed().rounded(4, prediction.get(0, 0), loss);
        for (Linear l : net.linears()) {
            printed.rounded(4, l.dWeight(0, 0), l.dBias(0));
        }
        new Sgd(net.parameters(), LEARNING_RATE).step();
        for (Linear l : net.linears()) {
            printed.rounded(4, l.weight(0, 0), l.bias(0));
        }
        return printed;
    }

    /** The six gradients of 4.4.3.3 in double, with the ½ of J = ½(y − ŷ)²: w¹, b¹, w², b², w³, b³. */
    private static double[] lessonGradients(double[] p) {
        double a1 = Functions.sigmoid(p[0] * X + p[1]);
        double a2 = Functions.sigmoid(p[2] * a1 + p[3]);
        double yHat = p[4] * a2 + p[5];
        double dOut = yHat - Y;
        double d2 = dOut * p[4] * a2 * (1 - a2);
        double d1 = d2 * p[2] * a1 * (1 - a1);
        return new double[] {d1 * X, d1, d2 * a1, d2, dOut * a2, dOut};
    }

    private static double halfSquaredError(double[] p) {
        double a1 = Functions.sigmoid(p[0] * X + p[1]);
        double a2 = Functions.sigmoid(p[2] * a1 + p[3]);
        double yHat = p[4] * a2 + p[5];
        return 0.5 * (Y - yHat) * (Y - yHat);
    }

    // ---- tests ----

    @Test
    void everyPythonPanelIsFollowedByItsOutputAndChecked() throws IOException {
        Map<String, List<Printed>> expected = expectedPanels();
        List<String> lessons = PythonPanels.lessonFiles(CHAPTER);
        assertThat(lessons).containsAll(expected.keySet());
        for (String file : lessons) {
            assertThat(PythonPanels.panels(CHAPTER.resolve(file))).as("panneaux Python de %s", file)
                    .hasSize(expected.getOrDefault(file, List.of()).size());
        }
    }

    @Test
    void lossPanelsPrintMaeMseRmseBceAndCceAsJavaComputesThem() throws IOException {
        check("04.2-fonction-de-perte.md");
    }

    @Test
    void descentPanelsPrintEveryIterationOfTheCoreDescents() throws IOException {
        check("04.3-descente-de-gradient.md");
    }

    @Test
    void pytorchPanelPrintsWhatTheCoreNetworkComputesForOneStep() throws IOException {
        check("04.4-retropropagation.md");
    }

    @Test
    void javaMathsGivesTheBooksWorkedNumbers() {
        assertThat(Losses.mae(TRUE_TEMPERATURES, PREDICTED_TEMPERATURES)).isCloseTo(2.4, within(1e-12));
        assertThat(Losses.mse(TRUE_TEMPERATURES, PREDICTED_TEMPERATURES)).isCloseTo(7.6, within(1e-12));
        assertThat(Math.sqrt(7.6)).isCloseTo(2.76, within(5e-3));
        double[] bce = Losses.bcePerSample(CAT, P_CAT);
        assertThat(bce).containsExactly(new double[] {0.105, 0.223, 0.511}, within(5e-4));
        assertThat(Losses.bce(CAT, P_CAT)).isCloseTo(0.2798, within(5e-5));
        assertThat(Losses.cce(ONE_HOT, P_CLASSES)).isCloseTo(0.357, within(5e-4));

        List<OneWeightDescent.Step> one = OneWeightDescent.book().run(100);
        assertThat(one.get(0).cost()).isEqualTo(13.5);
        assertThat(one.get(0).gradient()).isEqualTo(-20.0);
        assertThat(one.stream().limit(6).mapToDouble(OneWeightDescent.Step::w).toArray())
                .containsExactly(2.0, 1.0, 1.5, 1.25, 1.375, 1.3125);
        assertThat(one.get(99).w()).isCloseTo(4.0 / 3, within(1e-12));
        assertThat(one.get(99).cost()).isCloseTo(1.0 / 6, within(1e-12));

        AffineDescent.Step first = AffineDescent.book().step();
        assertThat(new double[] {first.cost(), first.dW(), first.dB(), first.w(), first.b()})
                .containsExactly(new double[] {13.5, -20, -7, 2.0, 0.7}, within(1e-12));
    }

    @Test
    void iterationTwoHundredThirtyThreeIsTheFirstToShowOneOneAndZero() {
        List<AffineDescent.Step> steps = AffineDescent.book().run(233);
        for (AffineDescent.Step s : steps) {
            boolean shown = round3(s.w()) == 1.0 && round3(s.b()) == 1.0 && round3(s.cost()) == 0.0;
            assertThat(shown).as("itération %d", s.iteration()).isEqualTo(s.iteration() == 233);
        }
    }

    @Test
    void secondModelOfTheLessonRanksDifferentlyUnderMaeAndMse() {
        double[] truth = {0, 0, 0, 0, 0};
        double[] firstErrors = {2, 2, 2, 1, 5};
        double[] secondErrors = {3, 3, 3, 3, 1};
        assertThat(Losses.mae(truth, secondErrors)).isCloseTo(2.6, within(1e-12));
        assertThat(Losses.mse(truth, secondErrors)).isCloseTo(7.4, within(1e-12));
        assertThat(Losses.mae(truth, secondErrors)).isGreaterThan(Losses.mae(truth, firstErrors));
        assertThat(Losses.mse(truth, secondErrors)).isLessThan(Losses.mse(truth, firstErrors));
    }

    @Test
    void lessonGradientFormulasAreHalfOfTorchsAndAgreeWithFiniteDifferences() {
        double[] formulas = lessonGradients(START);
        Mlp net = network();
        MseLoss mse = new MseLoss();
        mse.forward(net.forward(Matrix.row(X)), Targets.values(Matrix.row(Y)));
        net.zeroGrad();
        net.backward(mse.backward());
        List<Linear> linears = net.linears();
        for (int l = 0; l < 3; l++) {
            assertThat(linears.get(l).dWeight(0, 0)).as("dw%d", l + 1).isCloseTo(2 * formulas[2 * l], within(1e-6));
            assertThat(linears.get(l).dBias(0)).as("db%d", l + 1).isCloseTo(2 * formulas[2 * l + 1], within(1e-6));
        }
        double h = 1e-6;
        for (int k = 0; k < START.length; k++) {
            double[] plus = START.clone();
            double[] minus = START.clone();
            plus[k] += h;
            minus[k] -= h;
            double numeric = (halfSquaredError(plus) - halfSquaredError(minus)) / (2 * h);
            assertThat(formulas[k]).as("paramètre n°%d", k + 1).isCloseTo(numeric, within(1e-8));
        }
    }

    @Test
    void handComputedNumbersOfTheBackpropExampleMatchTheFormulas() {
        double a1 = Functions.sigmoid(1.1);
        double z2 = -0.3 * a1 + 0.2;
        double a2 = Functions.sigmoid(z2);
        double yHat = 0.8 * a2 + 0.1;
        assertThat(a1).isCloseTo(0.7503, within(5e-5));
        assertThat(z2).isCloseTo(-0.0251, within(5e-5));
        assertThat(a2).isCloseTo(0.4937, within(5e-5));
        assertThat(a2 * (1 - a2)).isCloseTo(0.2500, within(5e-5));
        assertThat(yHat).isCloseTo(0.4950, within(5e-5));
        assertThat(yHat - Y).isCloseTo(-0.5050, within(5e-5));
        assertThat(halfSquaredError(START)).isCloseTo(0.1275, within(5e-5));
        assertThat(lessonGradients(START)[2]).isCloseTo(-0.0758, within(5e-5));
        assertThat(START[5] - LEARNING_RATE * 2 * (yHat - Y)).isCloseTo(0.1101, within(5e-5));
    }

    @Test
    void vanishingAndExplodingProductsOfTheLesson() {
        assertThat(Math.pow(0.1, 5)).isCloseTo(1e-5, within(1e-18));
        assertThat(Math.pow(10, 5)).isEqualTo(100_000.0);
        assertThat(Functions.sigmoidDerivative(0)).isEqualTo(0.25);
        assertThat(Functions.tanhDerivative(0)).isEqualTo(1.0);
    }

    private static void check(String file) throws IOException {
        PythonPanels.check(CHAPTER.resolve(file), expectedPanels().get(file));
    }

    /** Python's {@code round(v, 3)}. */
    private static double round3(double v) {
        return new BigDecimal(v).setScale(3, RoundingMode.HALF_EVEN).doubleValue();
    }
}
