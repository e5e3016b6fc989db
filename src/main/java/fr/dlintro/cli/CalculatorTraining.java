package fr.dlintro.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import fr.dlintro.core.data.CalculatorData;
import fr.dlintro.core.data.CalculatorPreprocessing;
import fr.dlintro.core.data.Operation;
import fr.dlintro.core.data.Split;
import fr.dlintro.core.nn.Mlp;
import fr.dlintro.core.nn.MseLoss;
import fr.dlintro.core.train.CalculatorTask;
import fr.dlintro.core.train.Hyperparameters;
import fr.dlintro.core.train.ModelFile;
import fr.dlintro.core.train.RegressionMetrics;
import fr.dlintro.core.train.TrainingResult;
import java.io.PrintStream;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** {@code train calculator}: the book's 5.1 project, then its 5.1.7 test on 2,000 new pairs. */
final class CalculatorTraining {
    static final int TEST_SAMPLES = CalculatorTask.TEST_SAMPLES;
    private static final int[][] EXAMPLES = {{50, 50}, {6, 6}};

    int run(List<String> args, PrintStream out, PrintStream err) {
        Set<String> valued = new HashSet<>(TrainSettings.COMMON_VALUED);
        valued.addAll(Set.of("samples", "min", "max", "op"));
        Options o = Options.parse("train calculator", args, valued, TrainSettings.FLAGS);
        CalculatorTask book = CalculatorTask.BOOK;
        int samples = o.integer("samples", book.samples(), 2, 1_000_000);
        int min = o.integer("min", book.min(), -1_000_000, 1_000_000);
        int max = o.integer("max", book.max(), 1, 1_000_000);
        if (min > max) {
            throw new CliException("La valeur de --min (" + min + ") dépasse celle de --max (" + max + ").");
        }
        Operation op = Operation.of(o.choice("op", book.operation().id(), List.of("add", "multiply")));
        CalculatorTask task = new CalculatorTask(samples, min, max, op);
        TrainSettings s = new TrainSettings(o, Hyperparameters.CALCULATOR);
        TrainingRun run = new TrainingRun(s);

        CalculatorData data = task.data(run.dataSeed);
        Split split = run.split(samples);
        Mlp model = run.model(2, 1, "regression", "les paires de nombres");
        out.println("Calculatrice (" + (op == Operation.ADD ? "addition" : "multiplication") + " d'entiers de " + min
                + " à " + max + ") : " + Fr.integer(split.train().length) + " paires d'entraînement, "
                + Fr.integer(split.validation().length) + " de validation ; réseau " + TrainingRun.architecture(model)
                + " (" + Fr.integer(model.parameterCount()) + " paramètres) ; " + run.optimizerText() + ", lots de "
                + s.batch + ".");
        TrainingResult result = run.train(model, new MseLoss(), data.dataset(), split, out);

        ObjectNode parameters = TrainingRun.JSON.valueToTree(s.asJson());
        parameters.put("samples", samples);
        parameters.put("min", min);
        parameters.put("max", max);
        parameters.put("op", op.id());
        ObjectNode report = run.report("calculator", parameters, model, result);
        if (!result.completed()) {
            if (s.json) {
                out.println(report.toString());
            }
            return TrainingRun.reportFailure(result, err);
        }

        CalculatorPreprocessing pre = task.preprocessing();
        RegressionMetrics m = task.test(model, TEST_SAMPLES, run.testSeed).metrics();
        out.println("Test sur " + Fr.integer(TEST_SAMPLES) + " nouvelles paires : MSE " + Fr.num(m.mse(), 4) + " · MAE "
                + Fr.num(m.mae(), 4) + " · R² " + Fr.num(m.r2(), 4));
        ObjectNode testNode = report.putObject("test");
        testNode.put("mse", m.mse());
        testNode.put("mae", m.mae());
        testNode.put("r2", m.r2());
        ArrayNode predictions = report.putArray("predictions");
        for (int[] pair : EXAMPLES) {
            double value = task.predict(model, pair[0], pair[1]);
            long expected = op.apply(pair[0], pair[1]);
            out.println(pair[0] + " " + op.symbol() + " " + pair[1] + " → " + Fr.num(value, 2) + " (attendu "
                    + expected + ")");
            ObjectNode p = predictions.addObject();
            p.put("a", pair[0]);
            p.put("b", pair[1]);
            p.put("predicted", value);
            p.put("expected", expected);
        }
        out.println(Fr.num(TrainingRun.secondsPerEpoch(result.epochs()), 4) + " s par époque (médiane).");
        run.save(new ModelFile("regression", model, pre));
        if (s.save != null) {
            out.println("Modèle enregistré dans " + s.save + ".");
        }
        if (s.json) {
            out.println(report.toString());
        }
        return 0;
    }
}
