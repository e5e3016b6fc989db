package fr.dlintro.core.train;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import fr.dlintro.core.InvalidInputException;
import fr.dlintro.core.data.CalculatorPreprocessing;
import fr.dlintro.core.data.ImagePreprocessing;
import fr.dlintro.core.data.Operation;
import fr.dlintro.core.data.Preprocessing;
import fr.dlintro.core.nn.Activation;
import fr.dlintro.core.nn.Layer;
import fr.dlintro.core.nn.LeakyRelu;
import fr.dlintro.core.nn.Linear;
import fr.dlintro.core.nn.Mlp;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads and writes the model file of DESIGN.md: {"format": "dlintro-mlp", "version": 1,
 * "task", "input", "layers": [{"type": "linear", "in", "out", "weight": [out rows of in],
 * "bias"}, {"type": "relu"}, …], "preprocessing": {…}}. Weights are (out, in) as PyTorch's
 * nn.Linear. Unknown keys are ignored; anything else wrong is an {@link InvalidInputException}
 * naming the file and the problem.
 */
public final class ModelIo {
    private static final ObjectMapper JSON = new ObjectMapper();

    private ModelIo() {
    }

    public static void write(ModelFile model, Path file) {
        try {
            Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
            Files.writeString(tmp, JSON.writeValueAsString(toJson(model)) + "\n", StandardCharsets.UTF_8);
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new InvalidInputException("Impossible d'écrire le modèle dans " + file + " (" + e.getMessage() + ").", e);
        }
    }

    public static ModelFile read(Path file) {
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            throw new InvalidInputException("Le fichier de modèle " + file + " est introuvable.", e);
        } catch (IOException e) {
            throw new InvalidInputException("Impossible de lire le fichier de modèle " + file + " (" + e.getMessage() + ").", e);
        }
        return parse(text, file.getFileName().toString());
    }

    public static ModelFile parse(String text, String source) {
        JsonNode root;
        try {
            root = JSON.readTree(text);
        } catch (JsonProcessingException e) {
            String where = e.getLocation() == null ? "" : " (ligne " + e.getLocation().getLineNr() + ", colonne "
                    + e.getLocation().getColumnNr() + ")";
            throw new InvalidInputException("Le fichier de modèle " + source + " n'est pas un JSON valide" + where + ".", e);
        }
        return fromJson(root, source);
    }

    public static ObjectNode toJson(ModelFile model) {
        ObjectNode root = JSON.createObjectNode();
        root.put("format", ModelFile.FORMAT);
        root.put("version", ModelFile.VERSION);
        root.put("task", model.task());
        root.put("input", model.model().inputSize());
        ArrayNode layers = root.putArray("layers");
        for (Layer layer : model.model().layers()) {
            ObjectNode node = layers.addObject();
            node.put("type", layer.type());
            if (layer instanceof Linear linear) {
                node.put("in", linear.inFeatures());
                node.put("out", linear.outFeatures());
                ArrayNode weight = node.putArray("weight");
                for (double[] row : linear.weights()) {
                    ArrayNode r = weight.addArray();
                    for (double w : row) {
                        r.add((float) w);
                    }
                }
                ArrayNode bias = node.putArray("bias");
                for (double b : linear.biases()) {
                    bias.add((float) b);
                }
            } else if (layer instanceof LeakyRelu leaky) {
                node.put("slope", (float) leaky.slope());
            }
        }
        Preprocessing pre = model.preprocessing();
        if (pre instanceof ImagePreprocessing image) {
            ObjectNode p = root.putObject("preprocessing");
            p.put("kind", "image");
            p.put("scale", image.scale());
            p.put("mean", image.mean());
            p.put("std", image.std());
        } else if (pre instanceof CalculatorPreprocessing calc) {
            ObjectNode p = root.putObject("preprocessing");
            p.put("kind", "calculator");
            p.put("operation", calc.operation().id());
            p.put("max", calc.max());
        }
        return root;
    }

    public static ModelFile fromJson(JsonNode root, String source) {
        Reader r = new Reader(source);
        if (!root.isObject()) {
            throw r.error("n'est pas un objet JSON de modèle");
        }
        String format = root.path("format").asText(null);
        if (!ModelFile.FORMAT.equals(format)) {
            throw r.error("n'est pas un modèle dlintro (format « " + format + " » au lieu de « " + ModelFile.FORMAT + " »)");
        }
        JsonNode version = root.get("version");
        if (version == null || !version.canConvertToInt() || version.asInt() != ModelFile.VERSION) {
            throw r.error("est en version " + (version == null ? "inconnue" : version.asText()) + " : seule la version "
                    + ModelFile.VERSION + " est prise en charge");
        }
        String task = root.path("task").asText("");
        if (!task.equals("regression") && !task.equals("classification")) {
            throw r.error("a une tâche « " + task + " » inconnue (regression ou classification)");
        }
        int input = r.positiveInt(root, "input", "l'entrée");
        JsonNode layersNode = root.get("layers");
        if (layersNode == null || !layersNode.isArray() || layersNode.isEmpty()) {
            throw r.error("n'a pas de couches (« layers »)");
        }
        List<Layer> layers = new ArrayList<>();
        int width = input;
        for (int l = 0; l < layersNode.size(); l++) {
            JsonNode node = layersNode.get(l);
            String where = "la couche " + (l + 1);
            String type = node.path("type").asText("");
            if (l == 0 && !type.equals("linear")) {
                throw r.error("doit commencer par une couche linear (la couche 1 est « " + type + " »)");
            }
            if (type.equals("linear")) {
                Linear linear = r.linear(node, where, width);
                layers.add(linear);
                width = linear.outFeatures();
            } else if (Activation.TYPES.contains(type)) {
                double slope = LeakyRelu.DEFAULT_SLOPE;
                if (type.equals("leaky_relu") && node.has("slope")) {
                    slope = r.finite(node.get("slope"), where + " (slope)");
                }
                layers.add(Activation.of(type, slope));
            } else {
                throw r.error("a un type de couche « " + type + " » inconnu (" + where + ")");
            }
        }
        Preprocessing pre = r.preprocessing(root.get("preprocessing"));
        return new ModelFile(task, new Mlp(input, layers), pre);
    }

    /** Validation with messages that name the file. */
    private static final class Reader {
        private final String source;

        Reader(String source) {
            this.source = source;
        }

        InvalidInputException error(String what) {
            return new InvalidInputException("Le fichier de modèle " + source + " " + what + ".");
        }

        int positiveInt(JsonNode parent, String key, String what) {
            JsonNode n = parent.get(key);
            if (n == null || !n.canConvertToInt() || !n.isIntegralNumber() || n.asInt() <= 0) {
                throw error("n'indique pas la taille de " + what + " (« " + key + " » doit être un entier positif)");
            }
            return n.asInt();
        }

        double finite(JsonNode n, String what) {
            if (n == null || !n.isNumber() || !Double.isFinite(n.asDouble())) {
                throw error("a une valeur non numérique ou infinie dans " + what);
            }
            return n.asDouble();
        }

        Linear linear(JsonNode node, String where, int width) {
            int in = positiveInt(node, "in", where);
            int out = positiveInt(node, "out", where);
            if (in != width) {
                throw error("a des formes incohérentes : " + where + " attend " + in + " entrées mais en reçoit " + width);
            }
            JsonNode weight = node.get("weight");
            if (weight == null || !weight.isArray() || weight.size() != out) {
                throw error("a une matrice « weight » de forme incorrecte dans " + where + " (" + out + " lignes de "
                        + in + " attendues)");
            }
            double[][] w = new double[out][in];
            for (int o = 0; o < out; o++) {
                JsonNode row = weight.get(o);
                if (!row.isArray() || row.size() != in) {
                    throw error("a une matrice « weight » de forme incorrecte dans " + where + " (ligne " + (o + 1)
                            + " : " + in + " valeurs attendues)");
                }
                for (int i = 0; i < in; i++) {
                    w[o][i] = finite(row.get(i), where + " (weight)");
                }
            }
            JsonNode bias = node.get("bias");
            if (bias == null || !bias.isArray() || bias.size() != out) {
                throw error("a un vecteur « bias » de taille incorrecte dans " + where + " (" + out + " valeurs attendues)");
            }
            double[] b = new double[out];
            for (int o = 0; o < out; o++) {
                b[o] = finite(bias.get(o), where + " (bias)");
            }
            Linear linear = new Linear(in, out);
            linear.setParameters(w, b);
            return linear;
        }

        Preprocessing preprocessing(JsonNode node) {
            if (node == null || node.isNull()) {
                return null;
            }
            String kind = node.path("kind").asText("");
            switch (kind) {
                case "image": {
                    double scale = finite(node.get("scale"), "le prétraitement (scale)");
                    double mean = finite(node.get("mean"), "le prétraitement (mean)");
                    double std = finite(node.get("std"), "le prétraitement (std)");
                    if (scale == 0 || std == 0) {
                        throw error("a un prétraitement avec scale ou std nul");
                    }
                    return new ImagePreprocessing(scale, mean, std);
                }
                case "calculator": {
                    String op = node.path("operation").asText("");
                    if (!op.equals("add") && !op.equals("multiply")) {
                        throw error("a une opération « " + op + " » inconnue (add ou multiply)");
                    }
                    return new CalculatorPreprocessing(Operation.of(op), positiveInt(node, "max", "max"));
                }
                default:
                    throw error("a un prétraitement « " + kind + " » inconnu (image ou calculator)");
            }
        }
    }
}
