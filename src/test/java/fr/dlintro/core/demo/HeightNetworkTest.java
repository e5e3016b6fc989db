package fr.dlintro.core.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import fr.dlintro.core.nn.Linear;
import fr.dlintro.core.nn.Mlp;
import org.junit.jupiter.api.Test;

class HeightNetworkTest {
    @Test
    void bookInputGivesEverySumTheBookPrintsAndTwentyNinePointThreeTwoEight() {
        Mlp.Trace t = HeightNetwork.build().trace(HeightNetwork.BOOK_INPUT);
        for (int layer = 0; layer < 3; layer++) {
            assertThat(t.layerOutput(2 * layer)).containsExactly(HeightNetwork.BOOK_SUMS[layer], within(1e-4));
            assertThat(t.layerOutput(2 * layer + 1)).containsExactly(HeightNetwork.BOOK_SUMS[layer], within(1e-4));
        }
        assertThat(t.output()[0]).isCloseTo(29.328, within(1e-4));
    }

    @Test
    void weightsAreReadInTheBooksOneRowPerInputLayout() {
        Linear first = HeightNetwork.build().linears().get(0);
        // the book's hidden_1[1][0] = 0.4 links input 2 (age) to neuron 1
        assertThat(first.weight(0, 1)).isCloseTo(0.4, within(1e-7));
        assertThat(first.weight(2, 0)).isCloseTo(0.3, within(1e-7));
        assertThat(first.bias(2)).isCloseTo(0.3, within(1e-7));
    }

    @Test
    void theOutputReluClipsANegativeSumToZero() {
        Mlp net = HeightNetwork.build();
        net.linears().get(2).setBias(0, -100);
        Mlp.Trace t = net.trace(HeightNetwork.BOOK_INPUT);
        assertThat(t.layerOutput(4)[0]).isCloseTo(29.328 - 100.1, within(1e-3));
        assertThat(t.output()[0]).isZero();
    }
}
