package fr.dlintro.ui.widget.activation;

import static org.assertj.core.api.Assertions.assertThat;

import fr.dlintro.content.widget.WidgetCatalog;
import fr.dlintro.content.widget.WidgetSpec;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** How a lesson's parameters become the activation widget's starting state. */
class ActivationParamsTest {
    private static ActivationModel model(Map<String, Object> raw) {
        WidgetSpec.Validation v = WidgetCatalog.find("activation").orElseThrow().validate(raw);
        assertThat(v.problems()).isEmpty();
        return ActivationWidget.model(v.params());
    }

    @Test
    void withNothingGivenItShowsTheSigmoidAtOne() {
        ActivationModel m = model(Map.of());
        assertThat(m.functionProperty().get()).isEqualTo(ActivationKind.SIGMOID);
        assertThat(m.isComparing()).isFalse();
        assertThat(m.xProperty().get()).isEqualTo(1);
    }

    @Test
    void leakyReluStartsWithPyTorchsDefaultSlope() {
        assertThat(model(Map.of("function", "leaky_relu")).slopeProperty().get()).isEqualTo(0.01);
    }

    @Test
    void preluAloneStartsFromTheBooksInitialValue() {
        assertThat(model(Map.of("function", "prelu")).slopeProperty().get()).isEqualTo(0.25);
        assertThat(model(Map.of("function", "gelu", "compare", "prelu")).slopeProperty().get()).isEqualTo(0.25);
    }

    @Test
    void aGivenSlopeAlwaysWins() {
        assertThat(model(Map.of("function", "prelu", "slope", 0.1)).slopeProperty().get()).isEqualTo(0.1);
        assertThat(model(Map.of("function", "prelu", "compare", "leaky_relu")).slopeProperty().get()).isEqualTo(0.01);
    }

    @Test
    void theDerivativeOverlayOfChapterFourIsAParameter() {
        ActivationModel m = model(Map.of("function", "tanh", "derivative", true, "x", -2.5));
        assertThat(m.derivativeProperty().get()).isTrue();
        assertThat(m.readoutProperty().get()).startsWith("x = −2,5 · tanh(x) = −0,987");
    }
}
