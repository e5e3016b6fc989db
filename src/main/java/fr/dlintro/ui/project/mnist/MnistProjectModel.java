package fr.dlintro.ui.project.mnist;

import fr.dlintro.core.InvalidInputException;
import fr.dlintro.core.data.ClassNames;
import fr.dlintro.core.data.ImageDataset;
import fr.dlintro.core.data.ImagePreprocessing;
import fr.dlintro.core.data.ImageStats;
import fr.dlintro.core.nn.Mlp;
import fr.dlintro.core.train.Evaluation;
import fr.dlintro.core.train.ImagePrediction;
import fr.dlintro.core.train.ModelFile;
import fr.dlintro.core.train.ModelIo;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Executor;
import java.util.function.Supplier;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.ObjectBinding;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;

/**
 * The MNIST project's state, without any scene graph: the data (bundled or a folder), the
 * class names shown, the current network (trained here or opened from a file), its test
 * evaluation, and what is running in the background. Long work runs on {@code worker} and
 * reports on {@code fx} (the FX thread in the app, the calling thread in tests); errors
 * become French messages, never exceptions.
 */
public final class MnistProjectModel {
    public static final ImagePreprocessing PREPROCESSING = ImagePreprocessing.BOOK;

    private final Executor worker;
    private final Executor fx;
    private final ReadOnlyObjectWrapper<MnistData> data = new ReadOnlyObjectWrapper<>(this, "data");
    private final ReadOnlyStringWrapper busy = new ReadOnlyStringWrapper(this, "busy", "");
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper(this, "error", "");
    private final ObjectProperty<ClassNames.Kind> kind = new SimpleObjectProperty<>(this, "kind", ClassNames.Kind.DIGITS);
    private final ObjectBinding<List<String>> classNames;
    private final ReadOnlyObjectWrapper<Mlp> network = new ReadOnlyObjectWrapper<>(this, "network");
    private final ReadOnlyObjectWrapper<ImagePreprocessing> preprocessing =
            new ReadOnlyObjectWrapper<>(this, "preprocessing", PREPROCESSING);
    /** Bumped whenever the network's weights change (training updates them in place). */
    private final IntegerProperty networkVersion = new SimpleIntegerProperty(this, "networkVersion");
    private final ReadOnlyObjectWrapper<TestEvaluation> evaluation = new ReadOnlyObjectWrapper<>(this, "evaluation");

    public MnistProjectModel(Executor worker, Executor fx) {
        this.worker = worker;
        this.fx = fx;
        // the kind is null for a moment while the class-name choices are replaced
        classNames = Bindings.createObjectBinding(() -> data.get() == null ? ClassNames.DIGITS
                : data.get().names(kind.get() == null ? data.get().detected() : kind.get()), data, kind);
        networkVersion.addListener((o, a, b) -> evaluation.set(null));
    }

    public ReadOnlyObjectProperty<MnistData> dataProperty() { return data.getReadOnlyProperty(); }

    /** What runs in the background (« Chargement des données… »), empty when idle. */
    public ReadOnlyStringProperty busyProperty() { return busy.getReadOnlyProperty(); }

    /** The last problem, as one French sentence; empty when all went well. */
    public ReadOnlyStringProperty errorProperty() { return error.getReadOnlyProperty(); }

    public ObjectProperty<ClassNames.Kind> kindProperty() { return kind; }

    public ObjectBinding<List<String>> classNamesProperty() { return classNames; }

    public List<String> classNames() { return classNames.get(); }

    public ReadOnlyObjectProperty<Mlp> networkProperty() { return network.getReadOnlyProperty(); }

    public ReadOnlyObjectProperty<ImagePreprocessing> preprocessingProperty() {
        return preprocessing.getReadOnlyProperty();
    }

    public IntegerProperty networkVersionProperty() { return networkVersion; }

    public ReadOnlyObjectProperty<TestEvaluation> evaluationProperty() { return evaluation.getReadOnlyProperty(); }

    public MnistData data() { return data.get(); }

    public boolean isBusy() { return !busy.get().isEmpty(); }

    /** Loads the bundled MNIST in the background. */
    public void loadBundled(Path assets) {
        load("Chargement des données MNIST…", () -> MnistData.bundled(assets));
    }

    /** Replaces the data by a folder of IDX files (the network, fitted to other images, is dropped). */
    public void loadFolder(Path dir) {
        load("Chargement des images de " + dir.getFileName() + "…", () -> MnistData.folder(dir));
    }

    private void load(String message, Supplier<MnistData> read) {
        run(message, () -> {
            MnistData d = read.get();
            return () -> {
                MnistData old = data.get();
                data.set(d);
                kind.set(d.detected());
                if (old != null && network.get() != null && !fits(network.get(), d)) {
                    network.set(null);
                }
                evaluation.set(null);
            };
        });
    }

    private static boolean fits(Mlp net, MnistData d) {
        return net.inputSize() == d.train().pixelCount() && net.outputSize() == d.classCount();
    }

    /** Takes a network (trained by the Entraîner tab) as the project's current one. */
    public void useNetwork(Mlp net) {
        network.set(net);
        preprocessing.set(PREPROCESSING);
        networkVersion.set(networkVersion.get() + 1);
    }

    /** Tells views that the current network's weights changed. */
    public void networkChanged() {
        networkVersion.set(networkVersion.get() + 1);
    }

    /** Classifies the whole test set in the background. */
    public void evaluate() {
        MnistData d = data.get();
        Mlp net = network.get();
        if (d == null || net == null || d.test() == null) {
            error.set(d != null && d.test() == null ? "Ce dossier n'a pas d'images de test (fichiers t10k-*)."
                    : "Entraînez ou ouvrez d'abord un modèle.");
            return;
        }
        ImagePreprocessing pre = preprocessing.get();
        run("Évaluation sur " + fr.dlintro.ui.widget.FrenchFormat.integer(d.test().count()) + " images de test…", () -> {
            int[] predicted = Evaluation.predictClasses(net, new ImageDataset(d.test(), pre));
            TestEvaluation result = TestEvaluation.of(d.test(), predicted);
            return () -> {
                if (network.get() == net) {
                    evaluation.set(result);
                }
            };
        });
    }

    /** The current network's view of one image (raw pixels 0..255); null without a network. */
    public ImagePrediction predict(int[] pixels) {
        Mlp net = network.get();
        return net == null ? null : ImagePrediction.of(net, preprocessing.get(), pixels);
    }

    /** Test image i's raw pixels. */
    public int[] testPixels(int i) {
        return ImageStats.pixels(data.get().test(), i);
    }

    public void saveModel(Path file) {
        Mlp net = network.get();
        if (net == null) {
            error.set("Il n'y a pas encore de modèle à enregistrer : entraînez-en un ou ouvrez-en un.");
            return;
        }
        run("Enregistrement du modèle…", () -> {
            ModelIo.write(new ModelFile("classification", net, preprocessing.get()), file);
            return () -> { };
        });
    }

    /** Opens a model file; it must take this data's images and give one output per class. */
    public void openModel(Path file) {
        MnistData d = data.get();
        run("Ouverture du modèle…", () -> {
            ModelFile m = ModelIo.read(file);
            String name = file.getFileName().toString();
            if (!m.classification()) {
                throw new InvalidInputException("Le modèle " + name + " est une régression, pas un classifieur d'images.");
            }
            if (d != null && !fits(m.model(), d)) {
                throw new InvalidInputException("Le modèle " + name + " attend " + m.model().inputSize() + " pixels et donne "
                        + m.model().outputSize() + " classes ; les images chargées ont " + d.train().pixelCount()
                        + " pixels et " + d.classCount() + " classes.");
            }
            // a model without preprocessing takes the raw pixel values
            ImagePreprocessing pre = m.preprocessing() instanceof ImagePreprocessing p ? p : new ImagePreprocessing(1, 0, 1);
            return () -> {
                network.set(m.model());
                preprocessing.set(pre);
                networkVersion.set(networkVersion.get() + 1);
            };
        });
    }

    /** Shows a French message about something the reader asked for. */
    public void reportError(String message) {
        error.set(message);
    }

    public void clearError() {
        error.set("");
    }

    /** Runs {@code work} off the FX thread; its result (a change of state) is applied on the FX thread. */
    private void run(String message, Work work) {
        busy.set(message);
        error.set("");
        worker.execute(() -> {
            Runnable apply;
            try {
                apply = work.call();
            } catch (InvalidInputException e) {
                String m = e.getMessage();
                apply = () -> error.set(m);
            } catch (OutOfMemoryError e) {
                apply = () -> error.set("Mémoire insuffisante pour cette opération.");
            } catch (RuntimeException e) {
                String m = "Une erreur inattendue s'est produite (" + e.getClass().getSimpleName() + ").";
                apply = () -> error.set(m);
            }
            Runnable done = apply;
            fx.execute(() -> {
                busy.set("");
                done.run();
            });
        });
    }

    @FunctionalInterface
    private interface Work {
        Runnable call();
    }
}
