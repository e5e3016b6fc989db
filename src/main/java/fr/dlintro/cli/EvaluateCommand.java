package fr.dlintro.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import fr.dlintro.core.InvalidInputException;
import fr.dlintro.core.data.CalculatorData;
import fr.dlintro.core.data.CalculatorPreprocessing;
import fr.dlintro.core.data.ImageDataset;
import fr.dlintro.core.data.ImageFolder;
import fr.dlintro.core.data.ImagePreprocessing;
import fr.dlintro.core.data.ImageSet;
import fr.dlintro.core.train.ConfusionMatrix;
import fr.dlintro.core.train.Evaluation;
import fr.dlintro.core.train.ModelFile;
import fr.dlintro.core.train.RegressionMetrics;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

/**
 * {@code evaluate --model FILE [--data DIR|bundled] [--json]}: a classifier's test metrics on
 * DIR's t10k files (or its only images/labels pair); a calculator model on 2,000 generated
 * pairs.
 */
final class EvaluateCommand implements Command {
    @Override
    public int run(List<String> args, PrintStream out, PrintStream err) {
        Options o = Options.parse("evaluate", args, Set.of("model", "data", "samples", "min", "seed"), Set.of("json"));
        Path modelPath = o.path("model");
        if (modelPath == null) {
            throw new CliException("Indiquez le modèle à évaluer avec --model FICHIER.");
        }
        ModelFile file = TrainingRun.read(modelPath);
        String name = modelPath.getFileName().toString();
        if (file.preprocessing() instanceof CalculatorPreprocessing pre) {
            return calculator(o, file, pre, name, out);
        }
        if (!file.classification()) {
            throw new CliException("Le modèle " + name + " est une régression sans prétraitement « calculator » :"
                    + " je ne sais pas sur quelles données l'évaluer.");
        }
        return classifier(o, file, name, out);
    }

    private static int calculator(Options o, ModelFile file, CalculatorPreprocessing pre, String name, PrintStream out) {
        int samples = o.integer("samples", CalculatorTraining.TEST_SAMPLES, 1, 1_000_000);
        int min = o.integer("min", 0, -1_000_000, pre.max());
        int seed = o.integer("seed", 42, Integer.MIN_VALUE, Integer.MAX_VALUE);
        TrainingRun.checkFits(file, 2, 1, "regression", name, "les paires de nombres");
        CalculatorData test = CalculatorData.generate(samples, min, pre.max(), pre.operation(), seed);
        double[] predicted = Evaluation.predictValues(file.model(), test.dataset());
        double[] truth = new double[samples];
        for (int i = 0; i < samples; i++) {
            predicted[i] = pre.denormalise(predicted[i]);
            truth[i] = test.expected(i);
        }
        RegressionMetrics m = RegressionMetrics.of(truth, predicted);
        out.println("Modèle " + name + " sur " + Fr.integer(samples) + " paires générées : MSE " + Fr.num(m.mse(), 4)
                + " · MAE " + Fr.num(m.mae(), 4) + " · R² " + Fr.num(m.r2(), 4));
        if (o.flag("json")) {
            ObjectNode json = TrainingRun.JSON.createObjectNode();
            json.put("mse", m.mse());
            json.put("mae", m.mae());
            json.put("r2", m.r2());
            out.println(json.toString());
        }
        return 0;
    }

    private static int classifier(Options o, ModelFile file, String name, PrintStream out) {
        String data = o.string("data", "bundled");
        ImageDataset test;
        try {
            ImageSet set = data.equals("bundled") ? ImageFolder.readBundled("t10k") : ImageFolder.readTestSet(Path.of(data));
            // a model without preprocessing takes the raw pixel values
            ImagePreprocessing pre = file.preprocessing() instanceof ImagePreprocessing p ? p
                    : new ImagePreprocessing(1, 0, 1);
            test = new ImageDataset(set, pre);
        } catch (InvalidInputException e) {
            throw new CliException(e.getMessage(), e);
        }
        TrainingRun.checkFits(file, test.inputSize(), test.classCount(), "classification", name, "les images de test");
        ConfusionMatrix m = Evaluation.confusion(file.model(), test);
        out.println("Modèle " + name + " sur " + Fr.integer(test.size()) + " images : exactitude " + Fr.num(m.accuracy(), 4)
                + " · précision " + Fr.num(m.weightedPrecision(), 4) + " · rappel " + Fr.num(m.weightedRecall(), 4)
                + " · F1 " + Fr.num(m.weightedF1(), 4) + " (moyennes pondérées)");
        out.println("Matrice de confusion (lignes : vraie classe, colonnes : classe prédite) :");
        List<String> names = test.classNames();
        int width = 6;
        for (String n : names) {
            width = Math.max(width, n.length() + 1);
        }
        StringBuilder header = new StringBuilder(" ".repeat(width));
        for (String n : names) {
            header.append(String.format("%" + width + "s", n));
        }
        out.println(header);
        for (int t = 0; t < m.classes(); t++) {
            StringBuilder line = new StringBuilder(String.format("%" + width + "s", names.get(t)));
            for (int p = 0; p < m.classes(); p++) {
                line.append(String.format("%" + width + "d", m.count(t, p)));
            }
            out.println(line);
        }
        if (o.flag("json")) {
            ObjectNode json = TrainingRun.JSON.createObjectNode();
            json.put("accuracy", m.accuracy());
            json.put("precision", m.weightedPrecision());
            json.put("recall", m.weightedRecall());
            json.put("f1", m.weightedF1());
            ArrayNode confusion = json.putArray("confusion");
            for (long[] row : m.counts()) {
                ArrayNode r = confusion.addArray();
                for (long v : row) {
                    r.add(v);
                }
            }
            out.println(json.toString());
        }
        return 0;
    }
}
