package fr.dlintro.content;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import fr.dlintro.core.nn.Functions;
import fr.dlintro.core.nn.Layer;
import fr.dlintro.core.nn.Linear;
import fr.dlintro.core.nn.Mlp;
import fr.dlintro.core.nn.Relu;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.DoubleUnaryOperator;
import org.junit.jupiter.api.Test;

/**
 * Chapter 3's Python panels and the output printed under them: every number in an output
 * block must be what Java computes for the same maths, rounded as the Python code rounds it.
 * Activations come from the compute core's double-precision {@link Functions}; sums and the
 * 3.4.1 layers are summed in double as NumPy does, because the core's layers work in float
 * and NumPy prints eight decimals (the core's float network is checked against them too).
 * The outputs in the lessons were produced by running each panel.
 */
class ChapterThreeCodePanelsTest {
    private static final Path CHAPTER = Path.of(System.getProperty("dlintro.repo", "."), "lessons", "03-reseaux");


    /** What each lesson's panels print, in file order; a lesson absent here must have no panel. */
    private static Map<String, List<PythonPanels.Printed>> expectedPanels() {
        Map<String, List<PythonPanels.Printed>> m = new TreeMap<>();
        m.put("03.1-le-perceptron.md", List.of(meanPerceptron(), weightedPerceptron()));
        m.put("03.2-fonctions-d-activation.md", List.of(
                sigmoidPerceptron(), sigmoidAgainstTanh(), reluValues(), torchReluVariants(),
                numpySoftmax(), stepByStepSoftmax()));
        m.put("03.4-perceptron-multicouche.md", List.of(feedForward()));
        return m;
    }

    // ---- the maths of each panel ----

    private static final double[] X = {7, -3, 2};
    private static final double[] CURVE_POINTS = {-2, -1, 0, 1, 2};
    private static final double[] LOGITS = {2.0, 1.0, -1.0, 3.0};

    private static PythonPanels.Printed meanPerceptron() {
        double third = 1.0 / 3;
        double output = weightedSum(X, new double[] {third, third, third});
        return new PythonPanels.Printed().exact(output).rounded(6, output);
    }

    private static PythonPanels.Printed weightedPerceptron() {
        return new PythonPanels.Printed().exact(weightedSum(X, new double[] {0.6, 0.25, 0.15}));
    }

    private static PythonPanels.Printed sigmoidPerceptron() {
        double z = weightedSum(X, new double[] {0.6, 0.25, 0.15});
        return new PythonPanels.Printed().exact(z, Functions.sigmoid(z));
    }

    private static PythonPanels.Printed sigmoidAgainstTanh() {
        return new PythonPanels.Printed().rounded(3, map(CURVE_POINTS, Functions::sigmoid))
                .rounded(3, map(CURVE_POINTS, Functions::tanh));
    }

    private static PythonPanels.Printed reluValues() {
        return new PythonPanels.Printed().numpy(map(new double[] {-2.0, -0.5, 0.0, 1.5, 3.75}, Functions::relu));
    }

    private static PythonPanels.Printed torchReluVariants() {
        return new PythonPanels.Printed().torch(map(CURVE_POINTS, z -> Functions.leakyRelu(z, 0.25)))
                .torch(map(CURVE_POINTS, z -> Functions.leakyRelu(z, 0.01)))
                .torch(map(CURVE_POINTS, Functions::gelu));
    }

    private static PythonPanels.Printed numpySoftmax() {
        double[] s = Functions.softmax(LOGITS);
        return new PythonPanels.Printed().rounded(3, s).rounded(12, sum(s));
    }

    private static PythonPanels.Printed stepByStepSoftmax() {
        return new PythonPanels.Printed().rounded(3, map(LOGITS, Math::exp))
                .rounded(3, Functions.softmaxDenominator(LOGITS)).rounded(3, Functions.softmax(LOGITS));
    }

    // The 2-3-3-1 network of 3.4.1, laid out as the book's code does: (inputs, neurons).
    private static final double[] PERSON = {70, 25};
    private static final double[][][] NET_WEIGHTS = {
        {{0.1, 0.2, 0.3}, {0.4, 0.5, 0.6}},
        {{0.1, 0.2, 0.3}, {0.4, 0.5, 0.6}, {0.7, 0.8, 0.9}},
        {{0.1}, {0.2}, {0.3}},
    };
    private static final double[][] NET_BIASES = {{0.1, 0.2, 0.3}, {0.1, 0.2, 0.3}, {0.1}};

    /** Every z and a of the network, in the order the panel prints them. */
    private static PythonPanels.Printed feedForward() {
        PythonPanels.Printed printed = new PythonPanels.Printed();
        double[] a = PERSON;
        for (int l = 0; l < NET_WEIGHTS.length; l++) {
            double[] z = layer(a, NET_WEIGHTS[l], NET_BIASES[l]);
            a = map(z, Functions::relu);
            printed.numpy(z).numpy(a);
        }
        return printed;
    }

    /** The same network built from the core's float layers. */
    private static Mlp coreNetwork() {
        List<Layer> layers = new ArrayList<>();
        for (int l = 0; l < NET_WEIGHTS.length; l++) {
            double[][] w = NET_WEIGHTS[l];
            Linear linear = new Linear(w.length, w[0].length);
            for (int i = 0; i < w.length; i++) {
                for (int o = 0; o < w[0].length; o++) {
                    linear.setWeight(o, i, w[i][o]);
                }
            }
            for (int o = 0; o < NET_BIASES[l].length; o++) {
                linear.setBias(o, NET_BIASES[l][o]);
            }
            layers.add(linear);
            layers.add(new Relu());
        }
        return new Mlp(PERSON.length, layers);
    }

    // ---- tests ----

    @Test
    void javaMathsGivesTheBooksWorkedNumbers() {
        assertThat(meanPerceptron().value(0)).isCloseTo(2.0, within(1e-12));
        assertThat(weightedPerceptron().value(0)).isCloseTo(3.75, within(1e-12));
        assertThat(sigmoidPerceptron().value(1)).isCloseTo(0.977, within(5e-4));
        assertThat(Functions.softmaxDenominator(LOGITS)).isCloseTo(30.561, within(5e-4));
        assertThat(Functions.softmax(LOGITS)).containsExactly(new double[] {0.242, 0.089, 0.012, 0.657}, within(5e-4));
        List<Double> net = feedForward().values();
        assertThat(doubles(net.subList(0, 3))).containsExactly(new double[] {17.1, 26.7, 36.3}, within(1e-9));
        assertThat(doubles(net.subList(6, 9))).containsExactly(new double[] {37.9, 46.01, 54.12}, within(1e-9));
        assertThat(net.get(13)).isCloseTo(29.328, within(1e-9));
    }

    @Test
    void coreFloatNetworkAgreesWithTheDoubleSumsOfThePanel() {
        Mlp.Trace trace = coreNetwork().trace(PERSON);
        List<Double> net = feedForward().values();
        int k = 0;
        for (int l = 0; l < trace.layerCount(); l++) {
            for (double v : trace.layerOutput(l)) {
                assertThat(v).as("couche %d", l).isCloseTo(net.get(k++), within(1e-4));
            }
        }
        assertThat(k).isEqualTo(net.size());
    }

    @Test
    void everyPythonPanelIsFollowedByItsOutputAndChecked() throws IOException {
        Map<String, List<PythonPanels.Printed>> expected = expectedPanels();
        List<String> lessons = PythonPanels.lessonFiles(CHAPTER);
        assertThat(lessons).containsAll(expected.keySet());
        for (String file : lessons) {
            List<PythonPanels.Panel> panels = PythonPanels.panels(CHAPTER.resolve(file));
            assertThat(panels).as("panneaux Python de %s", file)
                    .hasSize(expected.getOrDefault(file, List.of()).size());
        }
    }

    @Test
    void perceptronPanelsPrintTheMeanAndThreePointSevenFive() throws IOException {
        checkFile("03.1-le-perceptron.md");
    }

    @Test
    void activationPanelsPrintWhatJavaComputesForSigmoidTanhReluGeluAndSoftmax() throws IOException {
        checkFile("03.2-fonctions-d-activation.md");
    }

    @Test
    void feedForwardPanelPrintsEveryLayerDownToTwentyNinePointThreeTwoEight() throws IOException {
        checkFile("03.4-perceptron-multicouche.md");
    }

    private static void checkFile(String file) throws IOException {
        PythonPanels.check(CHAPTER.resolve(file), expectedPanels().get(file));
    }

    // ---- plain maths ----

    /** Summed left to right from 0, as Python's {@code sum} does. */
    private static double weightedSum(double[] x, double[] w) {
        double s = 0;
        for (int i = 0; i < x.length; i++) {
            s += x[i] * w[i];
        }
        return s;
    }

    /** {@code np.dot(inputs, w) + b} with {@code w} of shape (inputs, neurons). */
    private static double[] layer(double[] in, double[][] w, double[] b) {
        double[] z = new double[b.length];
        for (int j = 0; j < b.length; j++) {
            double s = 0;
            for (int i = 0; i < in.length; i++) {
                s += in[i] * w[i][j];
            }
            z[j] = s + b[j];
        }
        return z;
    }

    private static double sum(double... v) {
        double s = 0;
        for (double x : v) {
            s += x;
        }
        return s;
    }

    private static double[] doubles(List<Double> v) {
        return v.stream().mapToDouble(Double::doubleValue).toArray();
    }

    private static double[] map(double[] v, DoubleUnaryOperator f) {
        double[] out = new double[v.length];
        for (int i = 0; i < v.length; i++) {
            out[i] = f.applyAsDouble(v[i]);
        }
        return out;
    }
}
