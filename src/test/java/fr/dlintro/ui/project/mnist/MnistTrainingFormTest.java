package fr.dlintro.ui.project.mnist;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.dlintro.core.train.Hyperparameters;
import org.junit.jupiter.api.Test;

class MnistTrainingFormTest {
    @Test
    void theDefaultsAreTheBooksMnistHyperparameters() {
        assertThat(new MnistTrainingForm().hyperparameters()).isEqualTo(Hyperparameters.MNIST);
    }

    @Test
    void theBooksNetworkHasThirtyEightThousandThreeHundredAndSeventyParameters() {
        // 784-40-40-40-40-40-10: 784·40 + 40 + 4 × (40·40 + 40) + 40·10 + 10
        MnistTrainingForm form = new MnistTrainingForm();
        assertThat(form.parameterCount(784, 10)).isEqualTo(38_370);
        assertThat(form.parameterCount(784, 10))
                .isEqualTo(Hyperparameters.MNIST.newModel(784, 10).parameterCount());
    }

    @Test
    void switchingToAdamTakesAdamsRateUnlessTheReaderChoseOne() {
        MnistTrainingForm form = new MnistTrainingForm();
        form.optimizerProperty().set("adam");
        assertThat(form.hyperparameters().learningRate()).isEqualTo(0.001);
        form.optimizerProperty().set("sgd");
        assertThat(form.hyperparameters().learningRate()).isEqualTo(0.01);
        form.learningRateProperty().set(0.05);
        form.optimizerProperty().set("adam");
        assertThat(form.hyperparameters().learningRate()).isEqualTo(0.05);
    }

    @Test
    void changedFieldsReachTheCoreRecord() {
        MnistTrainingForm form = new MnistTrainingForm();
        form.hiddenSizeProperty().set(64);
        form.hiddenLayersProperty().set(2);
        form.epochsProperty().set(1);
        form.activationProperty().set("tanh");
        form.batchSizeProperty().set(128);
        form.seedProperty().set(7);
        Hyperparameters h = form.hyperparameters();
        assertThat(h).isEqualTo(new Hyperparameters(128, 0.01, "sgd", 64, 2, "tanh", 1, 7, 0.2, true));
        form.reset();
        assertThat(form.hyperparameters()).isEqualTo(Hyperparameters.MNIST);
    }

    @Test
    void aSubsetOfTheTrainingImagesIsCappedByWhatIsAvailable() {
        MnistTrainingForm form = new MnistTrainingForm();
        assertThat(form.samplesOf(60_000)).isEqualTo(60_000);
        form.samplesProperty().set(2_000);
        assertThat(form.samplesOf(60_000)).isEqualTo(2_000);
        assertThat(form.samplesOf(500)).isEqualTo(500);
    }

    @Test
    void anImpossibleValueIsRefusedByTheCoreRecord() {
        MnistTrainingForm form = new MnistTrainingForm();
        form.learningRateProperty().set(0);
        assertThatThrownBy(form::hyperparameters).isInstanceOf(IllegalArgumentException.class);
    }
}
