package fr.dlintro.ui.widget.uat;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import fr.dlintro.core.demo.UniversalFit.Kind;
import fr.dlintro.ui.widget.uat.UatModel.Target;
import org.junit.jupiter.api.Test;

class UatModelTest {
    private final UatModel model = new UatModel(Target.SINUS, 5, Kind.RELU, 1);

    @Test
    void startsUntrainedAndSaysSoInFrench() {
        assertThat(model.iterationsProperty().get()).isZero();
        assertThat(model.statusProperty().get()).matches("Itération 0 · erreur quadratique moyenne : \\d+,\\d{4}");
        assertThat(model.formulaProperty().get())
                .isEqualTo("ŷ(x) = v₁·ReLU(w₁x + b₁) + … + v₅·ReLU(w₅x + b₅) + c : 5 neurones cachés, 5 morceaux additionnés.");
    }

    @Test
    void trainingLowersTheErrorAndTheOutputIsTheSumOfThePieces() {
        double before = model.errorProperty().get();
        model.train(1500);
        assertThat(model.iterationsProperty().get()).isEqualTo(1500);
        assertThat(model.errorProperty().get()).isLessThan(before / 20);
        assertThat(model.statusProperty().get()).startsWith("Itération 1\u202F500 · erreur quadratique moyenne : 0,0");
        double x = -0.4;
        double sum = model.outputBias();
        for (int j = 0; j < model.hiddenCount(); j++) {
            sum += model.contribution(j, x);
        }
        assertThat(model.predict(x)).isCloseTo(sum, within(1e-12));
    }

    @Test
    void etapeRunsAHundredIterations() {
        model.step();
        model.step();
        assertThat(model.iterationsProperty().get()).isEqualTo(200);
    }

    @Test
    void aSliceIsTimeBoxedAndSmall() {
        int done = model.trainSlice(50_000_000L);
        assertThat(done).isBetween(1, UatModel.MAX_PER_SLICE);
        assertThat(model.iterationsProperty().get()).isEqualTo(done);
        assertThat(model.trainSlice(0)).isZero();
    }

    @Test
    void changingTheNeuronCountOrTheActivationStartsANewNetwork() {
        model.train(300);
        model.neuronsProperty().set(20);
        assertThat(model.iterationsProperty().get()).isZero();
        assertThat(model.hiddenCount()).isEqualTo(20);
        model.train(300);
        model.activationProperty().set(Kind.SIGMOID);
        assertThat(model.iterationsProperty().get()).isZero();
        assertThat(model.formulaProperty().get()).startsWith("ŷ(x) = v₁·σ(w₁x + b₁) + … + v₂₀·σ(w₂₀x + b₂₀) + c");
        model.neuronsProperty().set(99);
        assertThat(model.neuronsProperty().get()).isEqualTo(UatModel.MAX_NEURONS);
        model.neuronsProperty().set(1);
        assertThat(model.formulaProperty().get()).endsWith(": 1 neurone caché, un seul morceau.");
    }

    @Test
    void reinitialiserDrawsNewWeightsAndStopsPlayback() {
        double start = model.predict(0.3);
        model.play();
        model.train(100);
        model.reset();
        assertThat(model.playingProperty().get()).isFalse();
        assertThat(model.iterationsProperty().get()).isZero();
        assertThat(model.predict(0.3)).isNotEqualTo(start);
    }

    @Test
    void aNewTargetIsLearntByTheSameNetwork() {
        model.train(500);
        model.targetProperty().set(Target.MARCHE);
        assertThat(model.iterationsProperty().get()).isEqualTo(500);
        assertThat(model.formulaProperty().get()).endsWith("elle approche le saut de la marche sans jamais le reproduire.");
        assertThat(model.targetAt(-0.5)).isZero();
        assertThat(model.targetAt(0.5)).isEqualTo(1);
    }

    @Test
    void drawingSwitchesToTheDrawnCurveAndFeedsItToTheNetwork() {
        model.targetProperty().set(Target.DESSIN);
        assertThat(model.statusProperty().get()).startsWith("Dessinez une courbe");
        model.beginStroke(-1, 0.5);
        model.strokeTo(0, -0.5);
        model.strokeTo(1, 0.5);
        model.endStroke();
        assertThat(model.targetAt(0)).isCloseTo(-0.5, within(1e-9));
        assertThat(model.statusProperty().get()).startsWith("Itération 0");
        model.train(1000);
        assertThat(model.errorProperty().get()).isLessThan(0.01);
        model.clearDrawing();
        assertThat(model.drawn().isEmpty()).isTrue();
        assertThat(model.targetAt(0)).isZero();
    }

    @Test
    void playbackStopsByItselfAfterTheLastIteration() {
        model.play();
        model.train(UatModel.MAX_ITERATIONS + 5);
        assertThat(model.iterationsProperty().get()).isEqualTo(UatModel.MAX_ITERATIONS);
        assertThat(model.playingProperty().get()).isFalse();
        assertThat(model.statusProperty().get()).endsWith("· arrêt après 20\u202F000 itérations");
        model.play();
        assertThat(model.playingProperty().get()).isFalse();
    }
}
