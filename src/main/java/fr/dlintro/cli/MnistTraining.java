package fr.dlintro.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import fr.dlintro.core.InvalidInputException;
import fr.dlintro.core.data.ImageDataset;
import fr.dlintro.core.data.ImageFolder;
import fr.dlintro.core.data.ImagePreprocessing;
import fr.dlintro.core.data.ImageSet;
import fr.dlintro.core.data.Split;
import fr.dlintro.core.nn.CrossEntropyLoss;
import fr.dlintro.core.nn.Mlp;
import fr.dlintro.core.train.ConfusionMatrix;
import fr.dlintro.core.train.Evaluation;
import fr.dlintro.core.train.Hyperparameters;
import fr.dlintro.core.train.ModelFile;
import fr.dlintro.core.train.TrainingResult;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** {@code train mnist}: the book's 5.2 project on the bundled MNIST or a folder of IDX files. */
final class MnistTraining {

    int run(List<String> args, PrintStream out, PrintStream err) {
        Set<String> valued = new HashSet<>(TrainSettings.COMMON_VALUED);
        valued.addAll(Set.of("data", "test-data"));
        Options o = Options.parse("train mnist", args, valued, TrainSettings.FLAGS);
        TrainSettings s = new TrainSettings(o, Hyperparameters.MNIST);
        String data = o.string("data", "bundled");
        Path testData = o.path("test-data");
        TrainingRun run = new TrainingRun(s);

        ImageDataset train;
        String source;
        try {
            ImageSet images = data.equals("bundled") ? ImageFolder.readBundled("train") : ImageFolder.read(Path.of(data), "train");
            source = data.equals("bundled") ? "MNIST intégré" : images.name();
            train = new ImageDataset(images, ImagePreprocessing.BOOK);
        } catch (InvalidInputException e) {
            throw new CliException(e.getMessage(), e);
        }
        ImageDataset test = testSet(data, testData);
        if (test != null && (test.inputSize() != train.inputSize() || test.classCount() != train.classCount())) {
            throw new CliException("Les images de test (" + test.inputSize() + " pixels, " + test.classCount()
                    + " classes) ne ressemblent pas à celles d'entraînement (" + train.inputSize() + " pixels, "
                    + train.classCount() + " classes).");
        }
        Split split = run.split(train.size());
        Mlp model = run.model(train.inputSize(), train.classCount(), "classification", "les images");
        out.println("Images (" + source + ", " + train.classCount() + " classes) : " + Fr.integer(split.train().length)
                + " d'entraînement, " + Fr.integer(split.validation().length) + " de validation ; réseau "
                + TrainingRun.architecture(model) + " (" + Fr.integer(model.parameterCount()) + " paramètres) ; "
                + run.optimizerText() + ", lots de " + s.batch + " ; " + s.threads + (s.threads > 1 ? " fils." : " fil."));
        TrainingResult result = run.train(model, new CrossEntropyLoss(), train, split, out);

        ObjectNode parameters = TrainingRun.JSON.valueToTree(s.asJson());
        parameters.put("data", data);
        ObjectNode report = run.report("mnist", parameters, model, result);
        if (!result.completed()) {
            if (s.json) {
                out.println(report.toString());
            }
            return TrainingRun.reportFailure(result, err);
        }
        if (test != null) {
            ConfusionMatrix m = Evaluation.confusion(model, test);
            out.println("Test sur " + Fr.integer(test.size()) + " images : exactitude " + Fr.num(m.accuracy(), 4)
                    + " · précision " + Fr.num(m.weightedPrecision(), 4) + " · rappel " + Fr.num(m.weightedRecall(), 4)
                    + " · F1 " + Fr.num(m.weightedF1(), 4) + " (moyennes pondérées)");
            ObjectNode t = report.putObject("test");
            t.put("accuracy", m.accuracy());
            t.put("precision", m.weightedPrecision());
            t.put("recall", m.weightedRecall());
            t.put("f1", m.weightedF1());
        } else {
            out.println("Pas d'ensemble de test (aucun fichier t10k-* dans " + data + ").");
            report.putNull("test");
        }
        out.println(Fr.num(TrainingRun.secondsPerEpoch(result.epochs()), 4) + " s par époque (médiane).");
        run.save(new ModelFile("classification", model, ImagePreprocessing.BOOK));
        if (s.save != null) {
            out.println("Modèle enregistré dans " + s.save + ".");
        }
        if (s.json) {
            out.println(report.toString());
        }
        return 0;
    }

    private static ImageDataset testSet(String data, Path testData) {
        try {
            ImageSet set;
            if (testData != null) {
                set = ImageFolder.readTestSet(testData);
            } else if (data.equals("bundled")) {
                set = ImageFolder.readBundled("t10k");
            } else if (ImageFolder.has(Path.of(data), "t10k")) {
                set = ImageFolder.read(Path.of(data), "t10k");
            } else {
                return null;
            }
            return new ImageDataset(set, ImagePreprocessing.BOOK);
        } catch (InvalidInputException e) {
            throw new CliException(e.getMessage(), e);
        }
    }
}
