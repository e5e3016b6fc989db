package fr.dlintro.ui.widget.minima;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import fr.dlintro.core.demo.MinimaLandscape;
import fr.dlintro.core.demo.MinimaLandscape.Outcome;
import org.junit.jupiter.api.Test;

class MinimaModelTest {

    private static MinimaModel runFrom(MinimaModel.Start s) {
        MinimaModel m = new MinimaModel(0, false);
        m.choose(s);
        while (!m.finishedProperty().get()) {
            m.playback().step();
        }
        return m;
    }

    @Test
    void theBooksThreeStartsLandInTheBadTheGlobalAndTheAcceptableMinimum() {
        assertThat(runFrom(MinimaModel.Start.GAUCHE).verdictProperty().get())
                .startsWith("Arrivée dans le minimum local de gauche, un mauvais minimum (J ≈ 1,36)");
        assertThat(runFrom(MinimaModel.Start.CENTRE).verdictProperty().get())
                .startsWith("Arrivée dans le minimum global (J ≈ 0,1)");
        assertThat(runFrom(MinimaModel.Start.DROITE).verdictProperty().get())
                .startsWith("Arrivée dans le minimum local de droite, un minimum acceptable (J ≈ 0,76)");
    }

    @Test
    void onThePlateauTheRunUsesAllItsIterationsAndSaysWhy() {
        MinimaModel m = runFrom(MinimaModel.Start.PLATEAU);
        assertThat(m.iterationProperty().get()).isEqualTo(MinimaModel.MAX_ITERATIONS);
        assertThat(m.verdictProperty().get()).startsWith("Sur le plateau, la pente est presque nulle")
                .endsWith("(arrêt après 200 itérations).");
    }

    @Test
    void aStepIsWMinusAlphaTimesTheSlopeAndTheStatusShowsIt() {
        MinimaModel m = new MinimaModel(-5, false);
        m.step();
        double expected = -5 - 0.3 * MinimaLandscape.slope(-5);
        assertThat(m.current()).isCloseTo(expected, within(1e-12));
        assertThat(expected).isCloseTo(-4.6057, within(0.0001));
        assertThat(m.statusProperty().get()).startsWith("Itération 1 · w = −4,606 · J(w) = ");
    }

    @Test
    void stepBackAndResetReplayTheSameRun() {
        MinimaModel m = new MinimaModel(-5, false);
        for (int i = 0; i < 5; i++) {
            m.playback().step();
        }
        double[] first = m.path();
        m.playback().stepBack();
        assertThat(m.iterationProperty().get()).isEqualTo(4);
        m.playback().reset();
        assertThat(m.path()).containsExactly(-5.0);
        for (int i = 0; i < 5; i++) {
            m.playback().step();
        }
        assertThat(m.path()).containsExactly(first);
    }

    @Test
    void basinsFollowTheLearningRate() {
        MinimaModel m = new MinimaModel(-5, true);
        Outcome[] at03 = m.basins();
        m.learningRateProperty().set(1.5);
        Outcome[] at15 = m.basins();
        assertThat(at15).isNotEqualTo(at03);
        assertThat(at03[MinimaModel.BASIN_CELLS - 1]).isEqualTo(Outcome.STALLED);
        assertThat(at03[0]).isEqualTo(Outcome.LEFT_MINIMUM);
    }

    @Test
    void changingTheStartOrTheRateStartsOver() {
        MinimaModel m = new MinimaModel(-5, false);
        m.step();
        m.startProperty().set(2);
        assertThat(m.path()).containsExactly(2.0);
        m.step();
        m.learningRateProperty().set(0.1);
        assertThat(m.iterationProperty().get()).isZero();
        m.startProperty().set(40);
        assertThat(m.startProperty().get()).isEqualTo(MinimaLandscape.MAX_W);
    }
}
