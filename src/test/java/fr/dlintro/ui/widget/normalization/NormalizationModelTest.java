package fr.dlintro.ui.widget.normalization;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import fr.dlintro.core.demo.FeatureScaling;
import org.junit.jupiter.api.Test;

class NormalizationModelTest {
    private final NormalizationModel model = new NormalizationModel(NormalizationModel.Parts.LES_DEUX);

    @Test
    void bothDescentsStartFromTheSameModelExpressedInEachScale() {
        FeatureScaling d = model.data();
        double[] w = model.path(false).get(0);
        double[] v = model.path(true).get(0);
        assertThat(v[0]).isCloseTo(w[0] * d.spread(0), within(1e-12));
        assertThat(v[1]).isCloseTo(w[1] * d.spread(1), within(1e-12));
        assertThat(model.excessCost(true)).isCloseTo(model.excessCost(false), within(1e-9));
    }

    @Test
    void theDefaultRawRateIsJustUnderTheElongatedSurfacesLimit() {
        double limit = model.data().largestStableRate(false);
        assertThat(model.rawRateProperty().get()).isLessThan(limit).isGreaterThan(0.85 * limit);
        assertThat(model.limitsText()).isEqualTo("Divergence au-delà de α = 0,0311 (avant) ou 0,96 (après) : un pas 31 fois plus petit avant.");
    }

    @Test
    void afterTwentyStepsTheRoundBowlIsAtItsMinimumAndTheValleyStillFarFromIt() {
        for (int i = 0; i < 20; i++) {
            model.playback().step();
        }
        assertThat(model.excessCost(true)).isLessThan(1e-6);
        assertThat(model.excessCost(false)).isGreaterThan(1);
        assertThat(model.gapProperty(true).get()).isEqualTo("Après : bol rond · écart 0");
        assertThat(model.gapProperty(false).get()).startsWith("Avant : vallée allongée · écart ");
        assertThat(model.statusProperty().get()).startsWith("Étape 20 · ");
    }

    @Test
    void aRateAboveTheLimitDivergesAndSaysSo() {
        model.rawRateProperty().set(0.04);
        for (int i = 0; i < 60; i++) {
            model.playback().step();
        }
        assertThat(model.gapProperty(false).get()).isEqualTo("Avant : vallée allongée · écart divergence !");
    }

    @Test
    void stepBackAndResetReturnToTheSameStart() {
        double[] start = model.path(false).get(0);
        model.step();
        model.step();
        model.playback().stepBack();
        assertThat(model.stepsProperty().get()).isEqualTo(1);
        model.playback().reset();
        assertThat(model.path(false)).hasSize(1);
        assertThat(model.path(false).get(0)).containsExactly(start);
    }
}
