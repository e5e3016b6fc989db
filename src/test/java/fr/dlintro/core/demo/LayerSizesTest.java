package fr.dlintro.core.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class LayerSizesTest {
    @Test
    void bookCalculatorNetworkHasSixHundredNineParameters() {
        assertThat(LayerSizes.parameterCount(List.of(2, 16, 16, 16, 1))).isEqualTo(609);
        assertThat(LayerSizes.weightCount(List.of(2, 16, 16, 16, 1))).isEqualTo(32 + 256 + 256 + 16);
        assertThat(LayerSizes.biasCount(List.of(2, 16, 16, 16, 1))).isEqualTo(49);
    }

    @Test
    void mnistNetworkOfTheBookCodeHasThirtyEightThousandThreeHundredSeventy() {
        assertThat(LayerSizes.parameterCount(List.of(784, 40, 40, 40, 40, 40, 10))).isEqualTo(38_370);
    }

    @Test
    void sequentialExampleWithFiveHiddenLayersOfFortyHasSixThousandSevenHundredTwentyOne() {
        assertThat(LayerSizes.parameterCount(List.of(2, 40, 40, 40, 40, 40, 1))).isEqualTo(6_721);
    }

    @Test
    void largeLayersDoNotOverflowAnInt() {
        assertThat(LayerSizes.weightCount(List.of(4096, 4096, 4096, 4096, 4096, 4096, 4096, 4096, 4096, 4096)))
                .isEqualTo(9L * 4096 * 4096);
    }
}
