package fr.dlintro.ui.widget.saddle;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SaddleModelTest {

    private static void runToTheEnd(SaddleModel m) {
        while (!m.finishedProperty().get()) {
            m.playback().step();
        }
    }

    @Test
    void aStartOnTheAxisEndsStuckAtTheSaddleWithAZeroGradient() {
        SaddleModel m = new SaddleModel(0);
        runToTheEnd(m);
        assertThat(m.current()[1]).isZero();
        assertThat(m.current()[0]).isLessThan(1e-6);
        assertThat(m.iterationProperty().get()).isEqualTo(68); // 2·1,8·0,8^k < 1e-6 first at k = 68
        assertThat(m.verdictProperty().get()).startsWith("Bloqué au point selle : le gradient est nul");
        assertThat(m.statusProperty().get()).endsWith("‖∇J‖ = 9,3 × 10⁻⁷");
    }

    @Test
    void aNudgeAtTheSaddleLetsTheDescentEscape() {
        SaddleModel m = new SaddleModel(0);
        runToTheEnd(m);
        m.nudge();
        assertThat(m.current()[1]).isEqualTo(0.001);
        assertThat(m.finishedProperty().get()).isFalse();
        runToTheEnd(m);
        assertThat(m.verdictProperty().get()).startsWith("Échappé");
        assertThat(Math.abs(m.current()[1])).isGreaterThan(2);
    }

    @Test
    void aThousandthOffTheAxisGrowsByOnePointTwoAtEachStep() {
        SaddleModel m = new SaddleModel(0.001);
        m.step();
        assertThat(m.statusProperty().get()).isEqualTo("Itération 1 · (x ; y) = (1,44 ; 0,0012) · J = 2,0736 · ‖∇J‖ = 2,88");
        assertThat(m.verdictProperty().get()).isEqualTo("y est multiplié par 1,2 à chaque pas : l'écart à l'axe grandit et la descente s'échappe.");
        runToTheEnd(m);
        assertThat(m.iterationProperty().get()).isEqualTo(42);
    }

    @Test
    void resetReplaysFromTheSameStartAndStepBackUndoesANudge() {
        SaddleModel m = new SaddleModel(0);
        m.step();
        m.nudge();
        m.playback().stepBack();
        assertThat(m.current()[1]).isZero();
        m.playback().reset();
        assertThat(m.path()).hasSize(1);
        assertThat(m.current()).containsExactly(SaddleModel.START_X, 0);
    }

    @Test
    void tinyGradientsAreWrittenWithAPowerOfTen() {
        assertThat(SaddleModel.gradientText(0.00032)).isEqualTo("3,2 × 10⁻⁴");
        assertThat(SaddleModel.gradientText(0)).isEqualTo("0");
        assertThat(SaddleModel.gradientText(0.5)).isEqualTo("0,5");
    }
}
