package fr.dlintro.ui.widget.sgd;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import fr.dlintro.core.demo.MiniBatchRegression;
import org.junit.jupiter.api.Test;

class SgdModelTest {

    @Test
    void thirteenMiniBatchesOfEightMakeOneEpochAndOneFullBatchUpdate() {
        SgdModel m = new SgdModel(8, 42);
        for (int i = 0; i < 12; i++) {
            m.step();
        }
        assertThat(m.full().size()).isEqualTo(1);
        m.step();
        assertThat(m.epochs()).isEqualTo(1.0);
        assertThat(m.sgd().size()).isEqualTo(14);
        assertThat(m.full().size()).isEqualTo(2);
        assertThat(m.statusProperty().get()).startsWith("Époque 1 · mini-lots : 13 mises à jour, J = ")
                .contains(" · lot complet : 1 mise à jour, J = ");
        assertThat(m.sgd().lastCost()).isLessThan(m.full().lastCost() / 2);
    }

    @Test
    void theFullBatchRunIsClassicGradientDescentOnTheWholeDataSet() {
        SgdModel m = new SgdModel(25, 42);
        for (int i = 0; i < 8; i++) {
            m.step();
        }
        MiniBatchRegression.Run reference = m.data().run(MiniBatchRegression.SIZE, 0.1, -0.5, -1.5);
        reference.step();
        reference.step();
        assertThat(m.full().w()[2]).isEqualTo(reference.w());
        assertThat(m.full().b()[2]).isEqualTo(reference.b());
    }

    @Test
    void aMiniBatchAsLargeAsTheDataSetGivesTwoIdenticalPaths() {
        SgdModel m = new SgdModel(100, 42);
        for (int i = 0; i < 5; i++) {
            m.step();
        }
        assertThat(m.sgd().w()).containsExactly(m.full().w());
        assertThat(m.sgd().b()).containsExactly(m.full().b());
        assertThat(m.statusProperty().get()).endsWith("les deux descentes sont identiques");
    }

    @Test
    void stepBackAndResetReplayTheSameShuffles() {
        SgdModel m = new SgdModel(4, 42);
        for (int i = 0; i < 30; i++) {
            m.step();
        }
        double[] w = m.sgd().w();
        m.playback().stepBack();
        assertThat(m.sgd().size()).isEqualTo(30);
        m.playback().reset();
        assertThat(m.stepsProperty().get()).isZero();
        for (int i = 0; i < 30; i++) {
            m.step();
        }
        assertThat(m.sgd().w()).containsExactly(w);
    }

    @Test
    void playbackStopsAfterTwentyEpochs() {
        SgdModel m = new SgdModel(50, 42);
        while (!m.finishedProperty().get()) {
            m.playback().step();
        }
        assertThat(m.stepsProperty().get()).isEqualTo(40);
        assertThat(m.full().size()).isEqualTo(21);
        // mini-batches hover near the minimum (their noise keeps them from settling); 20 full steps are still on the way
        assertThat(m.sgd().lastCost()).isCloseTo(m.minimumCost(), within(0.03));
        assertThat(m.full().lastCost()).isGreaterThan(m.sgd().lastCost() + 0.05);
    }

    @Test
    void clickingTheMapMovesTheStartOfBothRuns() {
        SgdModel m = new SgdModel(8, 42);
        m.step();
        m.setStart(3.02, -2.0);
        assertThat(m.stepsProperty().get()).isZero();
        assertThat(m.sgd().w()[0]).isEqualTo(3.0);
        assertThat(m.full().b()[0]).isEqualTo(-2.0);
    }
}
