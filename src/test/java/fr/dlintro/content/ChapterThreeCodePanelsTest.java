package fr.dlintro.content;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import fr.dlintro.core.nn.Functions;
import fr.dlintro.core.nn.Layer;
import fr.dlintro.core.nn.Linear;
import fr.dlintro.core.nn.Mlp;
import fr.dlintro.core.nn.Relu;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.DoubleUnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
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

    /** Digits in the output that are numbers, not parts of a word such as {@code float64}. */
    private static final Pattern NUMBER = Pattern.compile("(?<![\\w.])-?\\d+(?:\\.\\d*)?(?:[eE][-+]?\\d+)?");

    /** What each lesson's panels print, in file order; a lesson absent here must have no panel. */
    private static Map<String, List<Printed>> expectedPanels() {
        Map<String, List<Printed>> m = new TreeMap<>();
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

    private static Printed meanPerceptron() {
        double third = 1.0 / 3;
        double output = weightedSum(X, new double[] {third, third, third});
        return new Printed().exact(output).rounded(6, output);
    }

    private static Printed weightedPerceptron() {
        return new Printed().exact(weightedSum(X, new double[] {0.6, 0.25, 0.15}));
    }

    private static Printed sigmoidPerceptron() {
        double z = weightedSum(X, new double[] {0.6, 0.25, 0.15});
        return new Printed().exact(z, Functions.sigmoid(z));
    }

    private static Printed sigmoidAgainstTanh() {
        return new Printed().rounded(3, map(CURVE_POINTS, Functions::sigmoid))
                .rounded(3, map(CURVE_POINTS, Functions::tanh));
    }

    private static Printed reluValues() {
        return new Printed().numpy(map(new double[] {-2.0, -0.5, 0.0, 1.5, 3.75}, Functions::relu));
    }

    private static Printed torchReluVariants() {
        return new Printed().torch(map(CURVE_POINTS, z -> Functions.leakyRelu(z, 0.25)))
                .torch(map(CURVE_POINTS, z -> Functions.leakyRelu(z, 0.01)))
                .torch(map(CURVE_POINTS, Functions::gelu));
    }

    private static Printed numpySoftmax() {
        double[] s = Functions.softmax(LOGITS);
        return new Printed().rounded(3, s).rounded(12, sum(s));
    }

    private static Printed stepByStepSoftmax() {
        return new Printed().rounded(3, map(LOGITS, Math::exp))
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
    private static Printed feedForward() {
        Printed printed = new Printed();
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
        assertThat(meanPerceptron().values.get(0)).isCloseTo(2.0, within(1e-12));
        assertThat(weightedPerceptron().values.get(0)).isCloseTo(3.75, within(1e-12));
        assertThat(sigmoidPerceptron().values.get(1)).isCloseTo(0.977, within(5e-4));
        assertThat(Functions.softmaxDenominator(LOGITS)).isCloseTo(30.561, within(5e-4));
        assertThat(Functions.softmax(LOGITS)).containsExactly(new double[] {0.242, 0.089, 0.012, 0.657}, within(5e-4));
        List<Double> net = feedForward().values;
        assertThat(doubles(net.subList(0, 3))).containsExactly(new double[] {17.1, 26.7, 36.3}, within(1e-9));
        assertThat(doubles(net.subList(6, 9))).containsExactly(new double[] {37.9, 46.01, 54.12}, within(1e-9));
        assertThat(net.get(13)).isCloseTo(29.328, within(1e-9));
    }

    @Test
    void coreFloatNetworkAgreesWithTheDoubleSumsOfThePanel() {
        Mlp.Trace trace = coreNetwork().trace(PERSON);
        List<Double> net = feedForward().values;
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
        Map<String, List<Printed>> expected = expectedPanels();
        List<String> lessons = lessonFiles();
        assertThat(lessons).containsAll(expected.keySet());
        for (String file : lessons) {
            List<Panel> panels = panels(file);
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
        List<Panel> panels = panels(file);
        List<Printed> expected = expectedPanels().get(file);
        assertThat(panels).as("panneaux Python de %s", file).hasSize(expected.size());
        for (int i = 0; i < panels.size(); i++) {
            Panel p = panels.get(i);
            Printed e = expected.get(i);
            List<String> printed = numbersIn(p.output());
            String where = file + ", sortie ligne " + p.outputLine();
            assertThat(printed).as("nombre de valeurs affichées, %s", where).hasSize(e.values.size());
            for (int k = 0; k < printed.size(); k++) {
                double shown = Double.parseDouble(printed.get(k));
                double want = e.expectedShown(k);
                double tolerance = e.decimals.get(k) == Printed.EXACT ? Math.ulp(want) : 1e-12;
                assertThat(shown).as("valeur n°%d (« %s »), %s", k + 1, printed.get(k), where)
                        .isCloseTo(want, within(tolerance));
            }
        }
    }

    // ---- reading the lessons ----

    record Panel(int codeLine, String code, int outputLine, String output) {
    }

    private static List<String> lessonFiles() throws IOException {
        try (Stream<Path> s = Files.list(CHAPTER)) {
            return s.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".md")).sorted().toList();
        }
    }

    /** Each {@code ```python} block with the {@code ```text} block that must follow it. */
    private static List<Panel> panels(String file) throws IOException {
        List<String> lines = Files.readAllLines(CHAPTER.resolve(file), StandardCharsets.UTF_8);
        List<Panel> panels = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            if (!lines.get(i).strip().equals("```python")) {
                continue;
            }
            int codeLine = i + 1;
            StringBuilder code = new StringBuilder();
            for (i++; !lines.get(i).strip().equals("```"); i++) {
                code.append(lines.get(i)).append('\n');
            }
            for (i++; i < lines.size() && lines.get(i).isBlank(); i++) {
                // blank lines between the code and its output
            }
            assertThat(i < lines.size() ? lines.get(i).strip() : "")
                    .as("%s : le panneau Python de la ligne %d doit être suivi de sa sortie en ```text", file, codeLine)
                    .isEqualTo("```text");
            int outputLine = i + 1;
            StringBuilder output = new StringBuilder();
            for (i++; !lines.get(i).strip().equals("```"); i++) {
                output.append(lines.get(i)).append('\n');
            }
            panels.add(new Panel(codeLine, code.toString(), outputLine, output.toString()));
        }
        return panels;
    }

    private static List<String> numbersIn(String output) {
        List<String> out = new ArrayList<>();
        Matcher m = NUMBER.matcher(output);
        while (m.find()) {
            out.add(m.group());
        }
        return out;
    }

    /** Numbers one panel prints, each with the decimals its code rounds to. */
    private static final class Printed {
        static final int EXACT = -1;
        final List<Double> values = new ArrayList<>();
        final List<Integer> decimals = new ArrayList<>();

        /** Printed with Python's shortest round-trip repr: the same double. */
        Printed exact(double... v) {
            return add(EXACT, v);
        }

        /** {@code round(v, d)} or {@code .round(d)}. */
        Printed rounded(int d, double... v) {
            return add(d, v);
        }

        /** NumPy's default array printing: 8 decimals, trailing zeros dropped. */
        Printed numpy(double... v) {
            return add(8, v);
        }

        /** PyTorch's default tensor printing here: 4 decimals. */
        Printed torch(double... v) {
            return add(4, v);
        }

        private Printed add(int d, double... v) {
            for (double x : v) {
                values.add(x);
                decimals.add(d);
            }
            return this;
        }

        double expectedShown(int k) {
            double v = values.get(k);
            int d = decimals.get(k);
            return d == EXACT ? v : new BigDecimal(v).setScale(d, RoundingMode.HALF_EVEN).doubleValue();
        }
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
