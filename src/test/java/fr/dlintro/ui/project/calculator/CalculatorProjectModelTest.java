package fr.dlintro.ui.project.calculator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.dlintro.core.InvalidInputException;
import fr.dlintro.core.data.Operation;
import fr.dlintro.core.train.Hyperparameters;
import fr.dlintro.core.train.ModelIo;
import fr.dlintro.core.train.TrainingResult;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CalculatorProjectModelTest {
    private final CalculatorProjectModel model = new CalculatorProjectModel();

    @TempDir
    Path dir;

    @Test
    void theFormStartsOnTheBooksHyperparametersAndSixHundredAndNineParameters() {
        assertThat(model.hyperparameters()).isEqualTo(Hyperparameters.CALCULATOR);
        assertThat(model.task().samples()).isEqualTo(10_000);
        assertThat(model.task().max()).isEqualTo(100);
        assertThat(model.task().operation()).isEqualTo(Operation.ADD);
        assertThat(model.layersBinding().get()).containsExactly(2, 16, 16, 16, 1);
        assertThat(model.parameterCountBinding().get()).isEqualTo(609);
        assertThat(model.problemProperty().get()).isNull();
    }

    @Test
    void theParameterCountFollowsTheArchitecture() {
        model.hiddenSizeProperty().set(40);
        model.hiddenLayersProperty().set(4);
        // the Sequential example of 5.1.4 has five hidden layers; with four: 2·40+40 + 3·(40·40+40) + 40+1
        assertThat(model.parameterCountBinding().get()).isEqualTo(120 + 3 * 1640 + 41);
    }

    @Test
    void choosingAdamTakesTheBooksRateUnlessTheReaderChoseOne() {
        model.optimizerProperty().set("adam");
        assertThat(model.learningRateProperty().get()).isEqualTo(0.001);
        model.optimizerProperty().set("sgd");
        assertThat(model.learningRateProperty().get()).isEqualTo(0.1);
        model.learningRateProperty().set(0.05);
        model.optimizerProperty().set("adam");
        assertThat(model.learningRateProperty().get()).isEqualTo(0.05);
        assertThat(model.hyperparameters().optimizer()).isEqualTo("adam");
    }

    @Test
    void aMinimumAboveTheMaximumIsRefusedInFrench() {
        model.minProperty().set(200);
        assertThat(model.problemProperty().get()).isEqualTo("La valeur minimale (200) dépasse la valeur maximale (100).");
        assertThatThrownBy(model::newJob).isInstanceOf(InvalidInputException.class);
    }

    @Test
    void theBooksSettingsGiveTheBooksResultsOnTwoThousandNewPairs() {
        CalculatorProjectModel.PreparedRun run = model.newJob();
        TrainingResult result = run.trainer().run();
        assertThat(result.completed()).isTrue();
        model.accept(run.model(), run.task());
        var test = model.testProperty().get();
        assertThat(test.size()).isEqualTo(2000);
        // the book: MAE ≈ 1, R² ≈ 0.999 (this core, seed 42: MAE 0.32, R² 0.9999, as the CLI prints)
        assertThat(test.metrics().mae()).isLessThan(1.0);
        assertThat(test.metrics().r2()).isGreaterThan(0.999);
        CalculatorProjectModel.Answer a = model.calculate(50, 50);
        assertThat(a.expected()).isEqualTo(100);
        assertThat(a.error()).isBetween(-1.0, 1.0);
        assertThat(a.outsideTrainingRange()).isFalse();
        assertThat(model.calculate(150, 20).outsideTrainingRange()).isTrue();
    }

    @Test
    void aSavedModelReopensWithItsOperationAndArchitecture() {
        model.operationProperty().set(Operation.MULTIPLY);
        model.hiddenLayersProperty().set(2);
        model.hiddenSizeProperty().set(8);
        model.epochsProperty().set(1);
        model.samplesProperty().set(500);
        CalculatorProjectModel.PreparedRun run = model.newJob();
        run.trainer().run();
        model.accept(run.model(), run.task());
        Path file = dir.resolve("m.json");
        model.save(file);
        assertThat(ModelIo.read(file).preprocessing()).hasToString("CalculatorPreprocessing[operation=MULTIPLY, max=100]");

        CalculatorProjectModel other = new CalculatorProjectModel();
        other.open(file);
        assertThat(other.operationProperty().get()).isEqualTo(Operation.MULTIPLY);
        assertThat(other.layersBinding().get()).containsExactly(2, 8, 8, 1);
        assertThat(other.calculate(7, 8).predicted()).isEqualTo(model.calculate(7, 8).predicted());
        assertThat(other.calculate(7, 8).expected()).isEqualTo(56);
    }

    @Test
    void anMnistModelIsNotACalculatorModel() throws Exception {
        Path file = dir.resolve("mnist.json");
        Files.writeString(file, "{\"format\":\"dlintro-mlp\",\"version\":1,\"task\":\"classification\",\"input\":2,"
                + "\"layers\":[{\"type\":\"linear\",\"in\":2,\"out\":2,\"weight\":[[1,0],[0,1]],\"bias\":[0,0]}]}");
        assertThatThrownBy(() -> model.open(file)).isInstanceOf(InvalidInputException.class)
                .hasMessage("Le fichier mnist.json n'est pas un modèle de calculatrice (il faut 2 entrées et 1 sortie de"
                        + " régression).");
    }
}
