package fr.dlintro.ui.widget.gd2d;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import fr.dlintro.core.demo.Descent2d;
import fr.dlintro.ui.widget.BookCheck;
import java.util.List;
import org.junit.jupiter.api.Test;

class Gd2dModelTest {

    @Test
    void theValleyWithTheBookStartShowsEveryPrintedLineOfFourThreeFourTwoAsAgreeing() {
        Gd2dModel m = new Gd2dModel(Gd2dPreset.VALLEE);
        assertThat(m.isBookSetting()).isTrue();
        assertThat(m.bookCheckProperty().get()).isNull();
        List<Integer> printed = List.of(1, 2, 3, 4, 5, 6, 10, 15, 20, 233);
        for (int k = 1; k <= 233; k++) {
            m.step();
            BookCheck c = m.bookCheckProperty().get();
            if (printed.contains(k)) {
                assertThat(c).as("iteration %d", k).isNotNull();
                assertThat(c.agrees()).as(c.text()).isTrue();
            } else {
                assertThat(c).as("iteration %d", k).isNull();
            }
        }
        assertThat(m.bookCheckProperty().get().text()).isEqualTo("Livre : itération 233 : J = 0,0 ; w₁ = 1,0 ; b₁ = 1,0 ✓");
    }

    @Test
    void theFirstValleyStepShowsTheBookGradientMinusTwentyMinusSeven() {
        Gd2dModel m = new Gd2dModel(Gd2dPreset.VALLEE);
        assertThat(m.formulaLatexProperty().get()).contains("(-20\\,;\\,-7)").contains("= (2\\,;\\,0{,}7)");
        assertThat(m.formulaTextProperty().get()).contains("(−20 ; −7)").endsWith("soit (2 ; 0,7)");
        assertThat(m.statusProperty().get()).isEqualTo("Itération 0 · J(w, b) = 13,5 · pente ‖∇J‖ = 21,1896");
        m.step();
        assertThat(m.descent().current().x()).isEqualTo(2.0);
        assertThat(m.descent().current().y()).isCloseTo(0.7, within(1e-12));
        assertThat(m.bookCheckProperty().get().text()).isEqualTo("Livre : itération 1 : J = 13,5 ; w₁ = 2,0 ; b₁ = 0,7 ✓");
    }

    @Test
    void leavingTheBookSettingHidesTheBookCheck() {
        Gd2dModel m = new Gd2dModel(Gd2dPreset.VALLEE);
        m.learningRateProperty().set(0.05);
        m.step();
        assertThat(m.isBookSetting()).isFalse();
        assertThat(m.bookCheckProperty().get()).isNull();
    }

    @Test
    void changingTheRateOrTheStartStartsTheRunOverAndResetReplaysIt() {
        Gd2dModel m = new Gd2dModel(Gd2dPreset.BOL);
        m.step();
        m.step();
        Descent2d.Point second = m.descent().current();
        m.reset();
        assertThat(m.iterationProperty().get()).isZero();
        m.step();
        m.step();
        assertThat(m.descent().current()).isEqualTo(second);
        m.learningRateProperty().set(0.3);
        assertThat(m.iterationProperty().get()).isZero();
        m.step();
        m.setStart(0, 0);
        assertThat(m.iterationProperty().get()).isZero();
        assertThat(m.descent().current().cost()).isEqualTo(2.0);
    }

    @Test
    void onTheBowlEachStepShrinksTheDistanceToTheMinimumByOneMinusTwoAlpha() {
        Gd2dModel m = new Gd2dModel(Gd2dPreset.BOL);
        Descent2d.Point p0 = m.descent().current();
        m.step();
        Descent2d.Point p1 = m.descent().current();
        assertThat(p1.x() - 1).isCloseTo(0.8 * (p0.x() - 1), within(1e-12));
        assertThat(p1.y() - 1).isCloseTo(0.8 * (p0.y() - 1), within(1e-12));
        assertThat(p1.cost()).isLessThan(p0.cost());
    }

    @Test
    void aRateAboveOneOnTheBowlDivergesAndStopsPlayback() {
        Gd2dModel m = new Gd2dModel(Gd2dPreset.BOL);
        m.learningRateProperty().set(1.1);
        m.playback().togglePlaying();
        for (int i = 0; i < 400 && m.playback().playingProperty().get(); i++) {
            m.playback().advance(1);
        }
        assertThat(m.playback().playingProperty().get()).isFalse();
        assertThat(m.playback().finishedProperty().get()).isTrue();
        assertThat(m.statusProperty().get()).contains("divergence");
        assertThat(m.formulaLatexProperty().get()).contains("explosé");
    }

    @Test
    void playbackStepsUntilTheBottomOfTheBowl() {
        Gd2dModel m = new Gd2dModel(Gd2dPreset.BOL);
        m.playback().togglePlaying();
        for (int i = 0; i < 200 && !m.playback().finishedProperty().get(); i++) {
            m.playback().advance(1);
        }
        assertThat(m.descent().converged()).isTrue();
        assertThat(m.statusProperty().get()).contains("arrivé au fond");
        m.playback().stepBack();
        assertThat(m.playback().finishedProperty().get()).isFalse();
    }

    @Test
    void severalMinimaFromTheDefaultStartLandsInALocalMinimumNotTheGlobalOne() {
        Gd2dModel m = new Gd2dModel(Gd2dPreset.PLUSIEURS_MINIMA);
        for (int i = 0; i < Gd2dModel.MAX_ITERATIONS && !m.descent().finished(); i++) {
            m.step();
        }
        double[] global = Gd2dPreset.PLUSIEURS_MINIMA.globalMinimum();
        Descent2d.Point end = m.descent().current();
        assertThat(m.descent().converged()).isTrue();
        assertThat(Math.hypot(end.x() - global[0], end.y() - global[1])).isGreaterThan(1);
        assertThat(end.cost()).isGreaterThan(Gd2dPreset.PLUSIEURS_MINIMA.surface().value(global[0], global[1]));
    }
}
