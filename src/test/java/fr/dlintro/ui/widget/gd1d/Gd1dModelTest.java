package fr.dlintro.ui.widget.gd1d;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import fr.dlintro.content.widget.WidgetCatalog;
import fr.dlintro.ui.widget.WidgetContext;
import java.util.Map;
import org.junit.jupiter.api.Test;

class Gd1dModelTest {

    private static Gd1dModel runToEnd(Gd1dModel m) {
        for (int i = 0; i < Gd1dModel.MAX_ITERATIONS + 1 && !m.playback().finishedProperty().get(); i++) {
            m.step();
        }
        return m;
    }

    @Test
    void theParabolaPresetDescendsWithoutOvershootingAndShowsTheNumbersOfTheNextStep() {
        Gd1dModel m = new Gd1dModel(Gd1dPreset.PARABOLE);
        assertThat(m.formulaTextProperty().get()).isEqualTo("Prochaine étape : W = −2,5 moins 0,1 fois la pente −7, soit −1,8");
        assertThat(m.formulaLatexProperty().get()).endsWith("= -2{,}5 - 0{,}1\\times (-7) = -1{,}8");
        m.step();
        assertThat(m.descent().current().w()).isCloseTo(-1.8, within(1e-12));
        assertThat(m.statusProperty().get()).isEqualTo("Itération 1 · W = −1,8 · J(W) = 7,84");
        assertThat(m.regimeProperty().get()).contains("sans jamais le dépasser");
        runToEnd(m);
        assertThat(m.descent().converged()).isTrue();
        assertThat(m.statusProperty().get()).endsWith("arrivé en bas : la pente est nulle");
    }

    @Test
    void tooLargeARateOscillatesAcrossTheMinimumAndDiverges() {
        Gd1dModel m = new Gd1dModel(Gd1dPreset.TAUX_TROP_GRAND);
        m.step();
        double first = m.descent().current().w();
        m.step();
        double second = m.descent().current().w();
        assertThat(Math.signum(first - 1)).isEqualTo(-Math.signum(second - 1));
        assertThat(Math.abs(second - 1)).isGreaterThan(Math.abs(first - 1));
        assertThat(m.regimeProperty().get()).contains("diverge");
        runToEnd(m);
        assertThat(m.statusProperty().get()).contains("divergence");
        assertThat(m.iterationProperty().get()).isLessThan(200);
    }

    @Test
    void tooSmallARateIsStillFarFromTheMinimumAfterFiftySteps() {
        Gd1dModel m = new Gd1dModel(Gd1dPreset.TAUX_TROP_PETIT);
        for (int i = 0; i < 50; i++) {
            m.step();
        }
        // 0,98⁵⁰ ≈ 0,364 of the way left
        assertThat(m.descent().current().w() - 1).isCloseTo(-3.5 * Math.pow(0.98, 50), within(1e-9));
        assertThat(m.regimeProperty().get()).contains("très lente");
    }

    @Test
    void onTwoMinimaTheStartDecidesWhichMinimumIsReached() {
        Gd1dModel m = runToEnd(new Gd1dModel(Gd1dPreset.DEUX_MINIMA));
        assertThat(m.descent().current().w()).isCloseTo(2.0675, within(1e-3));
        assertThat(m.regimeProperty().get()).isEmpty();
        m.startProperty().set(-0.5);
        runToEnd(m);
        assertThat(m.descent().current().w()).isCloseTo(Gd1dPreset.DEUX_MINIMA.globalMinimum(), within(1e-3));
    }

    @Test
    void movingTheStartOrTheRateStartsOverAndResetReplays() {
        Gd1dModel m = new Gd1dModel(Gd1dPreset.PARABOLE);
        m.step();
        m.step();
        double w2 = m.descent().current().w();
        m.playback().reset();
        assertThat(m.iterationProperty().get()).isZero();
        m.step();
        m.step();
        assertThat(m.descent().current().w()).isEqualTo(w2);
        int runs = m.runsProperty().get();
        m.learningRateProperty().set(0.2);
        assertThat(m.iterationProperty().get()).isZero();
        assertThat(m.runsProperty().get()).isEqualTo(runs + 1);
    }

    @Test
    void lessonParametersOverrideThePresetsStartAndRate() {
        var spec = WidgetCatalog.find("gd-1d").orElseThrow();
        var params = spec.validate(Map.of("preset", "taux-trop-grand", "learning_rate", 0.75, "start", 3.0)).params();
        Gd1dModel m = ((Gd1dWidget) Gd1dWidget.create(params, WidgetContext.standalone())).model();
        assertThat(m.presetProperty().get()).isEqualTo(Gd1dPreset.TAUX_TROP_GRAND);
        assertThat(m.learningRateProperty().get()).isEqualTo(0.75);
        assertThat(m.startProperty().get()).isEqualTo(3.0);
        assertThat(m.regimeProperty().get()).contains("s'amortissent");
    }
}
