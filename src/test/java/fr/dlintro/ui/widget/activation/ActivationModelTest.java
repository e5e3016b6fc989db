package fr.dlintro.ui.widget.activation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import fr.dlintro.content.FormulaCheck;
import org.junit.jupiter.api.Test;

class ActivationModelTest {
    private final ActivationModel model = new ActivationModel(ActivationKind.SIGMOID, ActivationKind.NONE, false, 0.01, 1);

    @Test
    void readoutGivesFAndItsDerivativeAtThePoint() {
        assertThat(model.readoutProperty().get()).isEqualTo("x = 1 · σ(x) = 0,731 · σ′(x) = 0,197");
        model.xProperty().set(0);
        assertThat(model.readoutProperty().get()).isEqualTo("x = 0 · σ(x) = 0,5 · σ′(x) = 0,25");
    }

    @Test
    void theBooksSigmoidExampleShowsTheBooksValue() {
        assertThat(model.bookCheckProperty().get()).isNull();
        model.showBookExample();
        assertThat(model.xProperty().get()).isEqualTo(3.75);
        assertThat(model.value(ActivationKind.SIGMOID, 3.75)).isCloseTo(0.977022630, within(1e-9));
        assertThat(model.readoutProperty().get()).startsWith("x = 3,75 · σ(x) = 0,977");
        assertThat(model.bookCheckProperty().get().text()).isEqualTo("Livre : 0,98 ✓");
        model.functionProperty().set(ActivationKind.TANH);
        assertThat(model.bookCheckProperty().get()).isNull();
    }

    @Test
    void comparingAddsASecondReadout() {
        assertThat(model.compareReadoutProperty().get()).isEmpty();
        model.compareProperty().set(ActivationKind.TANH);
        assertThat(model.isComparing()).isTrue();
        assertThat(model.compareReadoutProperty().get()).isEqualTo("x = 1 · tanh(x) = 0,762 · tanh′(x) = 0,42");
    }

    @Test
    void theSlopeIsLeakyReluSlopeAndPreluLearnedValue() {
        model.functionProperty().set(ActivationKind.LEAKY_RELU);
        model.xProperty().set(-2);
        model.slopeProperty().set(0.1);
        assertThat(model.readoutProperty().get()).isEqualTo("x = −2 · LeakyReLU(x) = −0,2 · LeakyReLU′(x) = 0,1");
        assertThat(model.noteProperty().get()).contains("a = 0,01 par défaut");
        model.functionProperty().set(ActivationKind.PRELU);
        assertThat(model.value(ActivationKind.PRELU, -2)).isEqualTo(-0.2);
        assertThat(model.noteProperty().get()).contains("paramètre appris").contains("a = 0,25");
    }

    @Test
    void geluIsTheExactForm() {
        model.functionProperty().set(ActivationKind.GELU);
        // x·Φ(x) at 1 and its derivative Φ(1) + φ(1)
        assertThat(model.value(ActivationKind.GELU, 1)).isCloseTo(0.8413447461, within(1e-9));
        assertThat(model.derivativeAt(ActivationKind.GELU, 1)).isCloseTo(0.8413447461 + 0.2419707245, within(1e-9));
        assertThat(model.readoutProperty().get()).isEqualTo("x = 1 · GELU(x) = 0,841 · GELU′(x) = 1,083");
    }

    @Test
    void reluSaysItHasNoDerivativeAtItsKink() {
        model.functionProperty().set(ActivationKind.RELU);
        model.xProperty().set(0);
        assertThat(model.readoutProperty().get())
                .isEqualTo("x = 0 · ReLU(x) = 0 · ReLU′(x) = non dérivable en 0 (on prend 0, comme PyTorch)");
    }

    @Test
    void theYRangeFollowsTheCurvesShown() {
        assertThat(model.yRange()).containsExactly(-0.25, 1.25);
        model.compareProperty().set(ActivationKind.TANH);
        assertThat(model.yRange()).containsExactly(-1.25, 1.25);
        model.compareProperty().set(ActivationKind.RELU);
        assertThat(model.yRange()[1]).isGreaterThanOrEqualTo(6);
        model.compareProperty().set(ActivationKind.NONE);
        model.derivativeProperty().set(true);
        assertThat(model.yRange()).containsExactly(-0.25, 1.25);
    }

    @Test
    void everyChangeBumpsTheRevisionForTheDrawing() {
        int before = model.revisionProperty().get();
        model.xProperty().set(2);
        model.derivativeProperty().set(true);
        assertThat(model.revisionProperty().get()).isEqualTo(before + 2);
    }

    @Test
    void theMainCurveCannotBeNone() {
        model.functionProperty().set(ActivationKind.NONE);
        assertThat(model.functionProperty().get()).isEqualTo(ActivationKind.SIGMOID);
        assertThatThrownBy(() -> new ActivationModel(ActivationKind.NONE, ActivationKind.NONE, false, 0.01, 0))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theStartingPointIsKeptOnTheAxes() {
        assertThat(new ActivationModel(ActivationKind.TANH, ActivationKind.NONE, false, 0.01, 9).xProperty().get())
                .isEqualTo(ActivationModel.X_MAX);
    }

    @Test
    void everyFormulaIsValidLatexAndOnlyTheBooksThreeAreMarkedAsTheBooks() {
        for (ActivationKind k : ActivationKind.values()) {
            if (k != ActivationKind.NONE) {
                assertThat(FormulaCheck.problem(k.latex())).as(k.name()).isEmpty();
            }
        }
        assertThat(ActivationKind.values()).filteredOn(k -> k != ActivationKind.NONE && k.formulaInBook())
                .containsExactly(ActivationKind.SIGMOID, ActivationKind.TANH, ActivationKind.RELU);
    }

    @Test
    void everyKeyOfTheLessonSchemaNamesAFunction() {
        for (String key : fr.dlintro.content.widget.WidgetCatalog.find("activation").orElseThrow()
                .params().get("compare").choices()) {
            assertThat(ActivationKind.fromKey(key)).as(key).isPresent();
        }
        for (String key : fr.dlintro.content.widget.WidgetCatalog.find("perceptron").orElseThrow()
                .params().get("activation").choices()) {
            assertThat(ActivationKind.fromKey(key)).as(key).isPresent();
        }
    }
}
