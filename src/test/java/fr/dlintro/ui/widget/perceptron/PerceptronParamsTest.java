package fr.dlintro.ui.widget.perceptron;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import fr.dlintro.content.widget.WidgetCatalog;
import fr.dlintro.content.widget.WidgetParams;
import fr.dlintro.content.widget.WidgetSpec;
import fr.dlintro.ui.widget.activation.ActivationKind;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** How a lesson's parameters become the perceptron's starting state. */
class PerceptronParamsTest {
    private static PerceptronModel model(Map<String, Object> raw) {
        WidgetSpec.Validation v = WidgetCatalog.find("perceptron").orElseThrow().validate(raw);
        assertThat(v.problems()).isEmpty();
        WidgetParams params = v.params();
        return PerceptronWidget.model(params);
    }

    @Test
    void withNothingGivenItOpensOnFigureEleven() {
        assertThat(model(Map.of()).presetProperty().get()).isEqualTo(PerceptronPreset.PONDEREE);
    }

    @Test
    void aPresetPutsTheBooksValues() {
        assertThat(model(Map.of("preset", "biais-q13")).presetProperty().get()).isEqualTo(PerceptronPreset.BIAIS_Q13);
    }

    @Test
    void parametersGivenBesideAPresetOverrideIt() {
        PerceptronModel m = model(Map.of("preset", "ponderee", "activation", "relu"));
        assertThat(m.activationProperty().get()).isEqualTo(ActivationKind.RELU);
        assertThat(m.sumProperty().get()).isCloseTo(3.75, within(1e-12));
        assertThat(m.presetProperty().get()).isNull();
    }

    @Test
    void theDesignDocumentsExampleIsFigureEleven() {
        PerceptronModel m = model(Map.of("inputs", List.of(7, -3, 2), "weights", List.of(0.6, 0.25, 0.15),
                "activation", "aucune"));
        assertThat(m.presetProperty().get()).isEqualTo(PerceptronPreset.PONDEREE);
    }

    @Test
    void inputsWithoutWeightsAreAveraged() {
        PerceptronModel m = model(Map.of("inputs", List.of(7, -3, 2)));
        assertThat(m.presetProperty().get()).isEqualTo(PerceptronPreset.MOYENNE);
    }

    @Test
    void aBiasGivenSwitchesTheBiasOn() {
        PerceptronModel m = model(Map.of("inputs", List.of(1, 1), "weights", List.of(1, 1), "bias", -2));
        assertThat(m.biasEnabledProperty().get()).isTrue();
        assertThat(m.sumProperty().get()).isZero();
    }

    @Test
    void weightsThatDoNotMatchTheInputsAreRefusedInFrench() {
        assertThatThrownBy(() -> model(Map.of("inputs", List.of(1, 2, 3), "weights", List.of(1, 2))))
                .hasMessageContaining("autant de poids");
    }
}
