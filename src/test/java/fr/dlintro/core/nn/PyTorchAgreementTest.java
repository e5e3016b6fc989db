package fr.dlintro.core.nn;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import fr.dlintro.core.train.ModelIo;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Map;
import java.util.function.DoubleUnaryOperator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The core against PyTorch, without Python in the build: bench/make_reference.py wrote these
 * files in float64. The double functions must agree to ~1e−12; the float layers to float
 * precision (relative ~1e−6, which after a few training steps grows to ~1e−5).
 */
class PyTorchAgreementTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    static JsonNode reference(String name) throws IOException {
        try (InputStream in = PyTorchAgreementTest.class.getResourceAsStream("/fr/dlintro/reference/" + name)) {
            assertThat(in).as(name).isNotNull();
            return JSON.readTree(in);
        }
    }

    static double[] vector(JsonNode n) {
        double[] v = new double[n.size()];
        for (int i = 0; i < v.length; i++) {
            v[i] = n.get(i).asDouble();
        }
        return v;
    }

    static double[][] matrix(JsonNode n) {
        double[][] m = new double[n.size()][];
        for (int r = 0; r < m.length; r++) {
            m[r] = vector(n.get(r));
        }
        return m;
    }

    private static void assertClose(Matrix actual, double[][] expected, double relative, String what) {
        assertThat(actual.rows()).as(what).isEqualTo(expected.length);
        for (int r = 0; r < expected.length; r++) {
            for (int c = 0; c < expected[r].length; c++) {
                double tolerance = relative * Math.max(1, Math.abs(expected[r][c]));
                assertThat((double) actual.get(r, c)).as("%s[%d][%d]", what, r, c).isCloseTo(expected[r][c], within(tolerance));
            }
        }
    }

    @Test
    void activationsAndTheirGradientsMatchAutograd() throws IOException {
        JsonNode ref = reference("activations.json");
        double[] x = vector(ref.get("x"));
        double slope = ref.get("leaky_relu").get("slope").asDouble();
        Map<String, Activation> layers = Map.of("relu", new Relu(), "sigmoid", new Sigmoid(), "tanh", new Tanh(),
                "leaky_relu", new LeakyRelu(slope), "gelu", new Gelu());
        Map<String, DoubleUnaryOperator> functions = Map.of("relu", Functions::relu, "sigmoid", Functions::sigmoid,
                "tanh", Functions::tanh, "leaky_relu", v -> Functions.leakyRelu(v, slope), "gelu", Functions::gelu);
        Map<String, DoubleUnaryOperator> derivatives = Map.of("relu", Functions::reluDerivative, "sigmoid",
                Functions::sigmoidDerivative, "tanh", Functions::tanhDerivative, "leaky_relu",
                v -> Functions.leakyReluDerivative(v, slope), "gelu", Functions::geluDerivative);
        for (String name : layers.keySet()) {
            double[] y = vector(ref.get(name).get("y"));
            double[] grad = vector(ref.get(name).get("grad"));
            for (int i = 0; i < x.length; i++) {
                assertThat(functions.get(name).applyAsDouble(x[i])).as("%s(%s)", name, x[i]).isCloseTo(y[i], within(1e-12));
                assertThat(derivatives.get(name).applyAsDouble(x[i])).as("%s'(%s)", name, x[i])
                        .isCloseTo(grad[i], within(1e-12));
            }
            Activation layer = layers.get(name);
            layer.forward(Matrix.of(new double[][] {x}));
            Matrix ones = new Matrix(1, x.length);
            ones.fill(1f);
            assertClose(layer.forward(Matrix.of(new double[][] {x})), new double[][] {y}, 1e-6, name);
            assertClose(layer.backward(ones), new double[][] {grad}, 1e-6, name + " grad");
        }
        double[][] logits = matrix(ref.get("softmax").get("logits"));
        double[][] probs = matrix(ref.get("softmax").get("probs"));
        for (int r = 0; r < logits.length; r++) {
            assertThat(Functions.softmax(logits[r])).containsExactly(probs[r], within(1e-12));
        }
        assertClose(new Softmax().forward(Matrix.of(logits)), probs, 1e-6, "softmax");
    }

    @Test
    void lossesAndTheirGradientsMatchAutograd() throws IOException {
        JsonNode ref = reference("losses.json");
        for (String name : List.of("mse", "l1")) {
            JsonNode r = ref.get(name);
            Matrix pred = Matrix.of(matrix(r.get("pred")));
            Loss loss = Loss.of(name);
            assertThat(loss.forward(pred, Targets.values(Matrix.of(matrix(r.get("target"))))))
                    .as(name).isCloseTo(r.get("loss").asDouble(), within(1e-6));
            assertClose(loss.backward(), matrix(r.get("grad")), 1e-6, name + " grad");
        }
        JsonNode bce = ref.get("bce");
        double[] p = vector(bce.get("prob"));
        double[] t = vector(bce.get("target"));
        assertThat(Losses.bce(t, p)).isCloseTo(bce.get("loss").asDouble(), within(1e-12));
        BceLoss bceLoss = new BceLoss();
        double[][] column = new double[p.length][1];
        double[][] targetColumn = new double[p.length][1];
        double[][] gradColumn = new double[p.length][1];
        double[] grad = vector(bce.get("grad"));
        for (int i = 0; i < p.length; i++) {
            column[i][0] = p[i];
            targetColumn[i][0] = t[i];
            gradColumn[i][0] = grad[i];
        }
        assertThat(bceLoss.forward(Matrix.of(column), Targets.values(Matrix.of(targetColumn))))
                .isCloseTo(bce.get("loss").asDouble(), within(1e-6));
        assertClose(bceLoss.backward(), gradColumn, 1e-5, "bce grad");

        JsonNode ce = ref.get("cross_entropy");
        CrossEntropyLoss crossEntropy = new CrossEntropyLoss();
        int[] labels = new int[ce.get("labels").size()];
        for (int i = 0; i < labels.length; i++) {
            labels[i] = ce.get("labels").get(i).asInt();
        }
        assertThat(crossEntropy.forward(Matrix.of(matrix(ce.get("logits"))), Targets.labels(labels)))
                .isCloseTo(ce.get("loss").asDouble(), within(1e-6));
        assertClose(crossEntropy.backward(), matrix(ce.get("grad")), 1e-6, "cross_entropy grad");
    }

    @ParameterizedTest
    @ValueSource(strings = {"training_regression_sgd.json", "training_regression_adam.json",
            "training_classification_sgd.json", "training_classification_adam.json"})
    void fiveTrainingStepsFollowPyTorch(String file) throws IOException {
        JsonNode ref = reference(file);
        Mlp mlp = ModelIo.fromJson(ref.get("initial_model"), file).model();
        JsonNode opt = ref.get("optimizer");
        Optimizer optimizer = opt.get("name").asText().equals("adam")
                ? new Adam(mlp.parameters(), opt.get("lr").asDouble(), opt.get("betas").get(0).asDouble(),
                        opt.get("betas").get(1).asDouble(), opt.get("eps").asDouble())
                : new Sgd(mlp.parameters(), opt.get("lr").asDouble());
        Loss loss = Loss.of(ref.get("loss").asText());
        double worstLoss = 0;
        for (JsonNode step : ref.get("steps")) {
            Matrix x = Matrix.of(matrix(step.get("x")));
            Targets targets;
            if (loss instanceof CrossEntropyLoss) {
                int[] labels = new int[step.get("y").size()];
                for (int i = 0; i < labels.length; i++) {
                    labels[i] = step.get("y").get(i).asInt();
                }
                targets = Targets.labels(labels);
            } else {
                targets = Targets.values(Matrix.of(matrix(step.get("y"))));
            }
            mlp.zeroGrad();
            double value = loss.forward(mlp.forward(x), targets);
            double expected = step.get("loss").asDouble();
            worstLoss = Math.max(worstLoss, Math.abs(value - expected) / Math.abs(expected));
            assertThat(value).as("loss").isCloseTo(expected, within(1e-5 * Math.abs(expected)));
            mlp.backwardParameters(loss.backward());
            optimizer.step();
        }
        Mlp expected = ModelIo.fromJson(ref.get("final_model"), file).model();
        double worstWeight = 0;
        for (int l = 0; l < expected.linears().size(); l++) {
            Linear a = mlp.linears().get(l);
            Linear e = expected.linears().get(l);
            for (int o = 0; o < e.outFeatures(); o++) {
                for (int i = 0; i < e.inFeatures(); i++) {
                    worstWeight = Math.max(worstWeight, Math.abs(a.weight(o, i) - e.weight(o, i)));
                }
                worstWeight = Math.max(worstWeight, Math.abs(a.bias(o) - e.bias(o)));
            }
        }
        System.out.printf("%s: worst relative loss difference %.2g, worst weight difference %.2g%n", file, worstLoss,
                worstWeight);
        assertThat(worstWeight).isLessThan(1e-6);
    }
}
