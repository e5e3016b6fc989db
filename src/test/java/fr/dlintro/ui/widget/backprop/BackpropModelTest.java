package fr.dlintro.ui.widget.backprop;

import static fr.dlintro.core.demo.BackpropChain.B3;
import static fr.dlintro.core.demo.BackpropChain.W1;
import static fr.dlintro.core.demo.BackpropChain.W2;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import fr.dlintro.core.demo.BackpropChain;
import fr.dlintro.ui.widget.StepPlayback;
import org.junit.jupiter.api.Test;

class BackpropModelTest {
    private final BackpropModel model = new BackpropModel(BackpropModel.BOOK_LEARNING_RATE, 1);

    private void steps(int n) {
        for (int i = 0; i < n; i++) {
            model.playback().step();
        }
    }

    @Test
    void startsFromTheBooksCodeValuesAndOurWeights() {
        assertThat(model.xProperty().get()).isEqualTo(2);
        assertThat(model.yProperty().get()).isEqualTo(1);
        assertThat(model.learningRateProperty().get()).isEqualTo(0.01);
        assertThat(model.parameters()).containsExactly(BackpropModel.DEFAULT_START);
        assertThat(model.stageProperty().get()).isEqualTo(BackpropStage.START);
        assertThat(model.playback().canStepBackProperty().get()).isFalse();
    }

    @Test
    void theFirstLayerIsWrittenWithItsNumbers() {
        steps(1);
        assertThat(model.formulaText()).isEqualTo("z¹ = w¹x + b¹ = 0,5 · 2 + 0,1 = 1,1 ; "
                + "a¹ = σ(z¹) = 1 / (1 + e^(−1,1)) = 0,7503");
    }

    @Test
    void theDerivativeOfTheCostHasTheRightSignAndTheBooksErrorIsNoted() {
        steps(5);
        assertThat(model.stageProperty().get()).isEqualTo(BackpropStage.D_YHAT);
        assertThat(model.formulaText()).isEqualTo("∂J/∂ŷ = ŷ − y = 0,294 − 1 = −0,706");
        assertThat(model.noteProperty().get().erratum()).isTrue();
        assertThat(model.noteProperty().get().text()).contains("y − ŷ", "ŷ − y");
    }

    @Test
    void theGradientOfWTwoIsAProductOfNumberedFactors() {
        steps(8);
        assertThat(model.stageProperty().get()).isEqualTo(BackpropStage.GRAD_W2);
        assertThat(model.formulaText()).isEqualTo("∂J/∂w² = ∂J/∂ŷ · ∂ŷ/∂a² · ∂a²/∂z² · ∂z²/∂w² ; "
                + " = (ŷ − y) · w³ · a²(1 − a²) · a¹ = (−0,706) · 0,9 · 0,2461 · 0,7503 = −0,1173");
        BackpropChain.Values v = model.values();
        double product = v.dJdYHat() * 0.9 * v.a2() * (1 - v.a2()) * v.a1();
        assertThat(v.gradient(W2)).isCloseTo(product, within(1e-15));
        assertThat(model.noteProperty().get().text()).contains("(y − ŷ)·ŷ(1 − ŷ)·a¹");
    }

    @Test
    void theUpdateSubtractsTheLearningRateTimesEachGradient() {
        steps(12);
        assertThat(model.stageProperty().get()).isEqualTo(BackpropStage.UPDATE);
        assertThat(model.formulaText()).startsWith("w¹ := 0,5 − 0,01 · 0,03516 = 0,499648 ; ");
        double[] next = model.updatedParameters();
        steps(1);
        assertThat(model.iterationProperty().get()).isEqualTo(2);
        assertThat(model.stageProperty().get()).isEqualTo(BackpropStage.LAYER1);
        assertThat(model.parameters()).containsExactly(next);
        assertThat(model.values().cost()).isLessThan(model.firstCost());
    }

    @Test
    void stepBackCrossesIterationsAndResetReplaysFromTheSameStart() {
        steps(13);
        model.playback().stepBack();
        assertThat(model.iterationProperty().get()).isEqualTo(1);
        assertThat(model.stageProperty().get()).isEqualTo(BackpropStage.UPDATE);
        model.playback().reset();
        steps(40);
        int iteration = model.iterationProperty().get();
        double[] later = model.parameters();
        model.playback().reset();
        assertThat(model.parameters()).containsExactly(BackpropModel.DEFAULT_START);
        assertThat(model.stageProperty().get()).isEqualTo(BackpropStage.START);
        steps(40);
        assertThat(model.iterationProperty().get()).isEqualTo(iteration).isEqualTo(4);
        assertThat(model.parameters()).containsExactly(later);
    }

    @Test
    void editingAParameterRestartsFromTheValuesShown() {
        steps(30);
        double[] shown = model.parameters();
        model.setParameter(W1, 1.5);
        assertThat(model.iterationProperty().get()).isEqualTo(1);
        shown[W1] = 1.5;
        assertThat(model.parameters()).containsExactly(shown);
        model.xProperty().set(-1);
        assertThat(model.parameters()).containsExactly(shown);
        assertThat(model.values().z1()).isCloseTo(-1.5 + shown[1], within(1e-12));
    }

    @Test
    void changingXAfterUnshownIterationsRestartsFromThoseIterationsParameters() {
        BackpropModel fresh = new BackpropModel(BackpropModel.BOOK_LEARNING_RATE, 1);
        BackpropModel reference = new BackpropModel(BackpropModel.BOOK_LEARNING_RATE, 1);
        for (int i = 0; i < 50; i++) {
            fresh.playback().step();
            reference.playback().step();
        }
        fresh.xProperty().set(3);
        assertThat(fresh.iterationProperty().get()).isEqualTo(1);
        assertThat(fresh.parameters()).containsExactly(reference.parameters());
    }

    @Test
    void drawnParametersArePyTorchsUniformRangeToTheHundredth() {
        model.drawParameters();
        for (double p : model.parameters()) {
            assertThat(p).isBetween(-1.0, 1.0);
            assertThat(Math.abs(p * 100 - Math.round(p * 100))).isLessThan(1e-9);
        }
        assertThat(model.parameters()).isNotEqualTo(BackpropModel.DEFAULT_START);
        model.restoreDefaults();
        assertThat(model.parameters()).containsExactly(BackpropModel.DEFAULT_START);
    }

    @Test
    void playbackRunsIterationsAndTheCostFalls() {
        StepPlayback p = model.playback();
        p.speedProperty().set(StepPlayback.MAX_SPEED);
        p.togglePlaying();
        for (int i = 0; i < 200; i++) {
            p.advance(0.1);
        }
        assertThat(model.iterationProperty().get()).isGreaterThan(30);
        model.goTo(BackpropStage.COST);
        assertThat(model.values().cost()).isLessThan(model.firstCost());
        assertThat(model.values().gradient(B3)).isNegative();
    }

    @Test
    void aTypedLearningRateStaysInTheWidgetsRange() {
        model.setLearningRate(5);
        assertThat(model.learningRateProperty().get()).isEqualTo(1);
        model.setLearningRate(0);
        assertThat(model.learningRateProperty().get()).isEqualTo(BackpropModel.MIN_LEARNING_RATE);
    }
}
