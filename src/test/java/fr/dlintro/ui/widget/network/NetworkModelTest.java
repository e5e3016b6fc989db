package fr.dlintro.ui.widget.network;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class NetworkModelTest {
    private static NetworkModel model(List<Integer> layers, NetworkModel.Output out) {
        return new NetworkModel(layers, null, null, out, 10, null);
    }

    @Test
    void bookCalculatorNetworkShowsSixHundredNineParameters() {
        NetworkModel m = model(List.of(2, 16, 16, 16, 1), NetworkModel.Output.REGRESSION);
        assertThat(m.parameterText()).isEqualTo("609 paramètres (560 poids + 49 biais)");
    }

    @Test
    void mnistNetworkCountUsesANarrowNoBreakSpace() {
        NetworkModel m = model(List.of(784, 40, 40, 40, 40, 40, 10), NetworkModel.Output.CLASSIFICATION);
        assertThat(m.parameterText()).startsWith("38\u202F370 paramètres (38\u202F160 poids + 210 biais)");
    }

    @Test
    void largeLayersAreElidedToFirstNeuronsGapAndLastNeurons() {
        ElidedLayer d = new ElidedLayer(784, 10);
        assertThat(d.elided()).isTrue();
        assertThat(d.slots()).containsExactly(0, 1, 2, 3, 4, ElidedLayer.GAP, 780, 781, 782, 783);
        assertThat(new ElidedLayer(10, 10).slots()).containsExactly(0, 1, 2, 3, 4, 5, 6, 7, 8, 9);
        assertThat(new ElidedLayer(4, 3).slots()).containsExactly(0, ElidedLayer.GAP, 3);
    }

    @Test
    void layerTitlesNameInputHiddenAndOutputLayers() {
        NetworkModel one = model(List.of(3, 4, 2), NetworkModel.Output.CLASSIFICATION);
        assertThat(one.layerTitle(0)).isEqualTo("Couche d'entrée");
        assertThat(one.layerTitle(1)).isEqualTo("Couche cachée");
        assertThat(one.layerTitle(2)).isEqualTo("Couche de\u00A0sortie");
        NetworkModel two = model(List.of(3, 4, 4, 2), NetworkModel.Output.CLASSIFICATION);
        assertThat(two.layerTitle(2)).isEqualTo("Couche cachée\u00A02");
    }

    @Test
    void regressionHasAPredictedValueAndClassificationHasClasses() {
        assertThat(model(List.of(2, 3, 1), NetworkModel.Output.REGRESSION).outputLabels()).containsExactly("valeur prédite");
        assertThat(model(List.of(2, 3, 1), NetworkModel.Output.REGRESSION).layerFootnote(2)).contains("sortie linéaire");
        assertThat(model(List.of(2, 3, 3), NetworkModel.Output.CLASSIFICATION).outputLabels())
                .containsExactly("classe 1", "classe 2", "classe 3");
        assertThat(model(List.of(2, 3, 1), NetworkModel.Output.CLASSIFICATION).inputLabels()).containsExactly("x₁", "x₂");
    }

    @Test
    void labelListsMustMatchTheLayerSizesWithAFrenchMessage() {
        assertThatThrownBy(() -> new NetworkModel(List.of(3, 2), List.of("taille", "poids"), null,
                NetworkModel.Output.CLASSIFICATION, 10, null))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("« input_labels » donne 2 nom(s) pour 3 neurone(s) d'entrée");
    }

    @Test
    void describingANeuronGivesLayerIndexAndConnections() {
        NetworkModel m = new NetworkModel(List.of(3, 4, 2), List.of("taille", "poids", "âge"), null,
                NetworkModel.Output.CLASSIFICATION, 10, null);
        assertThat(m.describe(new NeuronRef(0, 1)))
                .isEqualTo("Couche d'entrée, neurone 2 sur 3 (« poids ») : envoie sa valeur à 4 neurones");
        assertThat(m.describe(new NeuronRef(1, 3)))
                .isEqualTo("Couche cachée, neurone 4 sur 4 : reçoit 3 entrées pondérées et un biais, "
                        + "envoie sa valeur à 2 neurones");
    }

    @Test
    void arrowMovesStayOnDrawnNeuronsAndKeepTheRelativeHeight() {
        NetworkModel m = model(List.of(784, 40, 10), NetworkModel.Output.CLASSIFICATION);
        m.move(0, 1);
        assertThat(m.getSelected()).isEqualTo(new NeuronRef(0, 0));
        for (int i = 0; i < 5; i++) {
            m.move(0, 1);
        }
        assertThat(m.getSelected()).isEqualTo(new NeuronRef(0, 780)); // jumps over the gap
        m.move(0, 10);
        assertThat(m.getSelected()).isEqualTo(new NeuronRef(0, 783));
        m.move(1, 0);
        assertThat(m.getSelected()).isEqualTo(new NeuronRef(1, 39));
        m.move(1, 0);
        m.move(1, 0);
        assertThat(m.getSelected()).isEqualTo(new NeuronRef(2, 9));
        assertThat(m.infoProperty().get()).startsWith("Couche de\u00A0sortie, neurone 10 sur 10");
    }
}
