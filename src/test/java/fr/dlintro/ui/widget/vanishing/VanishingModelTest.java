package fr.dlintro.ui.widget.vanishing;

import static org.assertj.core.api.Assertions.assertThat;

import fr.dlintro.core.demo.DeepGradients;
import org.junit.jupiter.api.Test;

class VanishingModelTest {
    private final VanishingModel model = new VanishingModel(10, VanishingModel.Kind.SIGMOID, 1, 42);

    @Test
    void showsOneBarPerHiddenLayerAndTheOutput() {
        assertThat(model.layers()).isEqualTo(11);
        assertThat(model.layerName(0)).isEqualTo("1");
        assertThat(model.layerName(10)).isEqualTo("sortie");
        model.depthProperty().set(30);
        assertThat(model.layers()).isEqualTo(31);
    }

    @Test
    void theNumbersAreTheCoresForTheSameDraw() {
        assertThat(model.resultProperty().get().gradientNorms())
                .containsExactly(DeepGradients.compute(10, "sigmoid", 1, 42).gradientNorms());
    }

    @Test
    void explainsTheQuarterPowerWithTheCurrentDepth() {
        assertThat(model.explanation()).contains("0,25¹⁰ ≈ 9,5\u202F×\u202F10⁻⁷");
        model.depthProperty().set(5);
        assertThat(model.explanation()).contains("0,25⁵ ≈ 0,00098");
    }

    @Test
    void theBooksFiveLayerExampleShowsItsErrors() {
        assertThat(model.bookNoteProperty().get()).isNull();
        model.showBookExample();
        assertThat(model.depthProperty().get()).isEqualTo(5);
        assertThat(model.bookNoteProperty().get().erratum()).isTrue();
        assertThat(model.bookNoteProperty().get().text()).contains("0,001", "0,00001", "10");
        assertThat(Math.pow(0.1, 5)).isEqualTo(1e-5, org.assertj.core.api.Assertions.within(1e-20));
    }

    @Test
    void theReadoutComparesTheSelectedLayerWithTheOutput() {
        model.selectedProperty().set(0);
        assertThat(model.readout()).startsWith("Couche cachée 1 : ‖∂J/∂W‖ = ").contains("fois celui de la couche de sortie");
        assertThat(model.ratio()).isLessThan(1e-3);
        model.selectedProperty().set(10);
        assertThat(model.readout()).startsWith("Couche de sortie : ");
    }

    @Test
    void largeWeightsAreExplainedAsExploding() {
        model.activationProperty().set(VanishingModel.Kind.RELU);
        model.weightScaleProperty().set(4);
        assertThat(model.explanation()).contains("explose");
        assertThat(model.norm(0)).isGreaterThan(1e6);
    }

    @Test
    void anOverflowIsNamed() {
        assertThat(VanishingModel.size(Double.POSITIVE_INFINITY)).isEqualTo("∞ (dépassement float32)");
        assertThat(VanishingModel.size(2.5e-5)).isEqualTo("2,5\u202F×\u202F10⁻⁵");
    }

    @Test
    void aNewDrawChangesTheNumbers() {
        double before = model.norm(0);
        model.redraw();
        assertThat(model.norm(0)).isNotEqualTo(before);
    }
}
