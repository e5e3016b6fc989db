package fr.dlintro.core.train;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.dlintro.core.data.Split;
import fr.dlintro.core.nn.Adam;
import fr.dlintro.core.nn.Linear;
import fr.dlintro.core.nn.Mlp;
import fr.dlintro.core.nn.Sgd;
import org.junit.jupiter.api.Test;

class HyperparametersTest {

    @Test
    void theCalculatorDefaultsBuildTheBooksSixHundredAndNineParameterNetwork() {
        Mlp model = Hyperparameters.CALCULATOR.newModel(2, 1);
        assertThat(model.parameterCount()).isEqualTo(609);
        assertThat(model.linears()).extracting(Linear::outFeatures).containsExactly(16, 16, 16, 1);
        assertThat(Hyperparameters.CALCULATOR.batchSize()).isEqualTo(64);
        assertThat(Hyperparameters.CALCULATOR.learningRate()).isEqualTo(0.1);
        assertThat(Hyperparameters.CALCULATOR.epochs()).isEqualTo(10);
    }

    @Test
    void theMnistDefaultsAreTheBooksFiveHiddenLayersOfForty() {
        Mlp model = Hyperparameters.MNIST.newModel(784, 10);
        assertThat(model.linears()).extracting(Linear::outFeatures).containsExactly(40, 40, 40, 40, 40, 10);
        assertThat(Hyperparameters.MNIST.batchSize()).isEqualTo(32);
        assertThat(Hyperparameters.MNIST.epochs()).isEqualTo(20);
    }

    @Test
    void adamDefaultsToTheBooksLearningRateOfOneThousandth() {
        assertThat(Hyperparameters.defaultLearningRate("adam", 0.1)).isEqualTo(0.001);
        assertThat(Hyperparameters.defaultLearningRate("sgd", 0.1)).isEqualTo(0.1);
    }

    @Test
    void theOptimizerFollowsItsName() {
        Mlp model = Hyperparameters.CALCULATOR.newModel(2, 1);
        assertThat(Hyperparameters.CALCULATOR.newOptimizer(model)).isInstanceOf(Sgd.class);
        Hyperparameters adam = new Hyperparameters(64, 0.001, "adam", 16, 3, "relu", 10, 42, 0.2, true);
        assertThat(adam.newOptimizer(model)).isInstanceOf(Adam.class);
    }

    @Test
    void theSameSeedGivesTheSameWeightsAndSplit() {
        Hyperparameters hp = Hyperparameters.CALCULATOR.withSeed(7);
        assertThat(hp.newModel(2, 1).linears().get(0).weights())
                .isDeepEqualTo(hp.newModel(2, 1).linears().get(0).weights());
        Split a = hp.split(100);
        assertThat(a.train()).containsExactly(hp.split(100).train());
        assertThat(a.validation()).hasSize(20);
        assertThat(Hyperparameters.Seeds.of(7)).isEqualTo(hp.seeds());
    }

    @Test
    void anUnknownOptimizerIsRefused() {
        assertThatThrownBy(() -> new Hyperparameters(64, 0.1, "rmsprop", 16, 3, "relu", 10, 42, 0.2, true))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theBooksRunTestsTwoThousandNewPairsInTheBooksUnits() {
        Hyperparameters hp = Hyperparameters.CALCULATOR;
        CalculatorTask task = CalculatorTask.BOOK;
        Mlp model = hp.newModel(2, 1);
        hp.trainer(model, new fr.dlintro.core.nn.MseLoss(), task.data(hp.seeds().data()).dataset(), hp.split(10_000)).run();
        CalculatorTask.Test test = task.test(model, CalculatorTask.TEST_SAMPLES, hp.seeds().test());
        assertThat(test.size()).isEqualTo(2000);
        assertThat(test.truth()[0]).isEqualTo(test.a()[0] + test.b()[0]);
        assertThat(test.metrics().mae()).isLessThan(2.5);
        assertThat(test.metrics().r2()).isGreaterThan(0.995);
        assertThat(task.predict(model, 50, 50)).isCloseTo(100, org.assertj.core.data.Offset.offset(5.0));
    }
}
