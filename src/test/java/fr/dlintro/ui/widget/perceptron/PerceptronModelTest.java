package fr.dlintro.ui.widget.perceptron;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import fr.dlintro.ui.widget.activation.ActivationKind;
import java.util.List;
import org.junit.jupiter.api.Test;

class PerceptronModelTest {
    @Test
    void meanPresetGivesTwo() {
        PerceptronModel m = PerceptronModel.of(PerceptronPreset.MOYENNE);
        assertThat(m.sumProperty().get()).isCloseTo(2, within(1e-12));
        assertThat(m.calculationProperty().get()).isEqualTo("z = 7 × 1/3 + (−3) × 1/3 + 2 × 1/3 = 2");
        assertThat(m.activationLineProperty().get()).isEqualTo("ŷ = z = 2 (sans activation)");
        assertThat(m.presetProperty().get()).isEqualTo(PerceptronPreset.MOYENNE);
        assertThat(m.bookCheckProperty().get().text()).isEqualTo("Livre : 2 ✓");
    }

    @Test
    void bookPresetGivesThreePointSevenFive() {
        PerceptronModel m = PerceptronModel.of(PerceptronPreset.PONDEREE);
        assertThat(m.sumProperty().get()).isCloseTo(3.75, within(1e-12));
        assertThat(m.outputProperty().get()).isCloseTo(3.75, within(1e-12));
        assertThat(m.calculationProperty().get()).isEqualTo("z = 7 × 0,6 + (−3) × 0,25 + 2 × 0,15 = 3,75");
        assertThat(m.bookCheckProperty().get().text()).isEqualTo("Livre : 3,75 ✓");
    }

    @Test
    void sigmoidPresetGivesZeroPointNineSevenSevenWhichTheBookRoundsToZeroPointNineEight() {
        PerceptronModel m = PerceptronModel.of(PerceptronPreset.SIGMOIDE);
        assertThat(m.outputProperty().get()).isCloseTo(0.977022630, within(1e-9));
        assertThat(m.activationLineProperty().get()).isEqualTo("ŷ = σ(3,75) = 0,977");
        assertThat(m.bookCheckProperty().get().text()).isEqualTo("Livre : 0,98 ✓");
    }

    @Test
    void questionThirteenGivesMinusOneNotMinusZeroPointNineThenReluZero() {
        PerceptronModel m = PerceptronModel.of(PerceptronPreset.BIAIS_Q13);
        assertThat(m.sumProperty().get()).isCloseTo(-1.0, within(1e-12));
        assertThat(m.outputProperty().get()).isZero();
        assertThat(m.calculationProperty().get()).isEqualTo("z = 2 × 0,2 + 3 × (−0,5) + 0,1 = −1");
        assertThat(m.activationLineProperty().get()).isEqualTo("ŷ = ReLU(−1) = 0");
        assertThat(m.bookCheckProperty().get().erratum()).isTrue();
        assertThat(m.bookCheckProperty().get().text()).contains("−0,9").contains("−1,0").contains("la sortie ReLU, 0, est juste");
    }

    @Test
    void leavingAPresetHidesTheBookValue() {
        PerceptronModel m = PerceptronModel.of(PerceptronPreset.PONDEREE);
        m.synapses().get(0).weightProperty().set(0.5);
        assertThat(m.presetProperty().get()).isNull();
        assertThat(m.bookCheckProperty().get()).isNull();
        assertThat(m.calculationProperty().get()).isEqualTo("z = 7 × 0,5 + (−3) × 0,25 + 2 × 0,15 = 3,05");
        m.activationProperty().set(ActivationKind.SIGMOID);
        m.apply(PerceptronPreset.PONDEREE);
        assertThat(m.presetProperty().get()).isEqualTo(PerceptronPreset.PONDEREE);
        assertThat(m.activationProperty().get()).isEqualTo(ActivationKind.NONE);
    }

    @Test
    void theBiasIsAddedOnlyWhenSwitchedOn() {
        PerceptronModel m = PerceptronModel.of(PerceptronPreset.PONDEREE);
        m.biasProperty().set(-0.75);
        assertThat(m.sumProperty().get()).isCloseTo(3.75, within(1e-12));
        m.biasEnabledProperty().set(true);
        assertThat(m.sumProperty().get()).isCloseTo(3, within(1e-12));
        assertThat(m.calculationProperty().get()).endsWith(" + (−0,75) = 3");
    }

    @Test
    void everyActivationOfTheChapterIsApplied() {
        PerceptronModel m = new PerceptronModel(List.of(-2.0), List.of(1.0), null, ActivationKind.TANH);
        assertThat(m.outputProperty().get()).isCloseTo(Math.tanh(-2), within(1e-12));
        m.activationProperty().set(ActivationKind.LEAKY_RELU);
        assertThat(m.outputProperty().get()).isCloseTo(-0.02, within(1e-12));
        assertThat(m.activationLineProperty().get()).isEqualTo("ŷ = LeakyReLU(−2) = −0,02 (pente 0,01)");
        m.activationProperty().set(ActivationKind.GELU);
        assertThat(m.outputProperty().get()).isCloseTo(-0.0455002639, within(1e-9));
    }

    @Test
    void inputsCanBeAddedWithoutMovingTheOutputAndRemovedDownToOne() {
        PerceptronModel m = PerceptronModel.of(PerceptronPreset.PONDEREE);
        m.addInput();
        assertThat(m.synapses()).hasSize(4);
        assertThat(m.sumProperty().get()).isCloseTo(3.75, within(1e-12));
        m.addInput();
        m.addInput();
        m.addInput();
        assertThat(m.synapses()).hasSize(PerceptronModel.MAX_INPUTS);
        for (int i = 0; i < 10; i++) {
            m.removeInput();
        }
        assertThat(m.synapses()).hasSize(1);
        assertThat(m.calculationProperty().get()).isEqualTo("z = 7 × 0,6 = 4,2");
    }

    @Test
    void thirdsAreWrittenAsTheBookWritesThem() {
        assertThat(PerceptronModel.number(1.0 / 3)).isEqualTo("1/3");
        assertThat(PerceptronModel.number(-2.0 / 3)).isEqualTo("−2/3");
        assertThat(PerceptronModel.number(0.333)).isEqualTo("0,333");
        assertThat(PerceptronModel.number(1)).isEqualTo("1");
        assertThat(PerceptronModel.term(-0.5)).isEqualTo("(−0,5)");
    }

    @Test
    void weightsMustMatchInputs() {
        assertThatThrownBy(() -> new PerceptronModel(List.of(1.0, 2.0), List.of(0.5), null, ActivationKind.NONE))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("autant de poids que d'entrées");
    }
}
