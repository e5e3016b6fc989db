package fr.dlintro.ui.project.mnist;

import fr.dlintro.core.train.Hyperparameters;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;

/**
 * The Entraîner tab's form as properties, starting from the book's hyperparameters
 * ({@link Hyperparameters#MNIST}: batches of 32, SGD at 0,01, 5 hidden layers of 40, ReLU,
 * 20 epochs, seed 42, 20 % validation), plus how many training images to use (all by
 * default; fewer for a quick try). Switching to Adam while the rate is SGD's default takes
 * Adam's (0,001), as the book advises.
 */
final class MnistTrainingForm {
    private final IntegerProperty batchSize = new SimpleIntegerProperty(this, "batchSize");
    private final DoubleProperty learningRate = new SimpleDoubleProperty(this, "learningRate");
    private final ObjectProperty<String> optimizer = new SimpleObjectProperty<>(this, "optimizer");
    private final IntegerProperty hiddenSize = new SimpleIntegerProperty(this, "hiddenSize");
    private final IntegerProperty hiddenLayers = new SimpleIntegerProperty(this, "hiddenLayers");
    private final ObjectProperty<String> activation = new SimpleObjectProperty<>(this, "activation");
    private final IntegerProperty epochs = new SimpleIntegerProperty(this, "epochs");
    private final IntegerProperty seed = new SimpleIntegerProperty(this, "seed");
    /** Training images used, counted before the validation split; 0 means all of them. */
    private final IntegerProperty samples = new SimpleIntegerProperty(this, "samples");
    private final BooleanProperty shuffle = new SimpleBooleanProperty(this, "shuffle");
    private final double validationSplit;

    MnistTrainingForm() {
        Hyperparameters book = Hyperparameters.MNIST;
        validationSplit = book.validationSplit();
        reset();
        optimizer.addListener((o, was, now) -> {
            if (was != null && now != null && learningRate.get() == Hyperparameters.defaultLearningRate(was,
                    book.learningRate())) {
                learningRate.set(Hyperparameters.defaultLearningRate(now, book.learningRate()));
            }
        });
    }

    /** Back to the book's values. */
    void reset() {
        Hyperparameters book = Hyperparameters.MNIST;
        optimizer.set(book.optimizer());
        batchSize.set(book.batchSize());
        learningRate.set(book.learningRate());
        hiddenSize.set(book.hiddenSize());
        hiddenLayers.set(book.hiddenLayers());
        activation.set(book.activation());
        epochs.set(book.epochs());
        seed.set((int) book.seed());
        samples.set(0);
        shuffle.set(book.shuffle());
    }

    /** The core record the trainer is built from; throws IllegalArgumentException on an impossible value. */
    Hyperparameters hyperparameters() {
        return new Hyperparameters(batchSize.get(), learningRate.get(), optimizer.get(), hiddenSize.get(),
                hiddenLayers.get(), activation.get(), epochs.get(), seed.get(), validationSplit, shuffle.get());
    }

    /** Training images to use out of {@code available}. */
    int samplesOf(int available) {
        return samples.get() <= 0 ? available : Math.min(samples.get(), available);
    }

    /** Weights and biases of the network these settings build for {@code inputs} pixels and {@code classes}. */
    long parameterCount(int inputs, int classes) {
        long n = 0;
        int width = inputs;
        for (int h = 0; h < hiddenLayers.get(); h++) {
            n += (long) width * hiddenSize.get() + hiddenSize.get();
            width = hiddenSize.get();
        }
        return n + (long) width * classes + classes;
    }

    IntegerProperty batchSizeProperty() { return batchSize; }

    DoubleProperty learningRateProperty() { return learningRate; }

    ObjectProperty<String> optimizerProperty() { return optimizer; }

    IntegerProperty hiddenSizeProperty() { return hiddenSize; }

    IntegerProperty hiddenLayersProperty() { return hiddenLayers; }

    ObjectProperty<String> activationProperty() { return activation; }

    IntegerProperty epochsProperty() { return epochs; }

    IntegerProperty seedProperty() { return seed; }

    IntegerProperty samplesProperty() { return samples; }

    BooleanProperty shuffleProperty() { return shuffle; }
}
