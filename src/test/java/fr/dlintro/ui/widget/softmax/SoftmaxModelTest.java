package fr.dlintro.ui.widget.softmax;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import fr.dlintro.content.FormulaCheck;
import java.util.List;
import org.junit.jupiter.api.Test;

class SoftmaxModelTest {
    private final SoftmaxModel model = new SoftmaxModel(SoftmaxModel.BOOK_LOGITS, SoftmaxModel.BOOK_LABELS);

    @Test
    void theBooksScoresGiveTheBooksExponentialsSumAndProbabilities() {
        assertThat(model.exponential(0)).isCloseTo(7.389, within(5e-4));
        assertThat(model.exponential(1)).isCloseTo(2.718, within(5e-4));
        assertThat(model.exponential(2)).isCloseTo(0.368, within(5e-4));
        assertThat(model.exponential(3)).isCloseTo(20.086, within(5e-4));
        assertThat(model.sum()).isCloseTo(30.561, within(5e-4));
        assertThat(model.probability(0)).isCloseTo(0.242, within(5e-4));
        assertThat(model.probability(1)).isCloseTo(0.089, within(5e-4));
        assertThat(model.probability(2)).isCloseTo(0.012, within(5e-4));
        assertThat(model.probability(3)).isCloseTo(0.657, within(5e-4));
        assertThat(model.sumTextProperty().get()).isEqualTo("Somme des exponentielles : 30,561");
    }

    @Test
    void onTheBooksExampleEveryPrintedValueAgrees() {
        assertThat(model.isBookExample()).isTrue();
        assertThat(model.bookSum().text()).isEqualTo("Livre : 30,561 ✓");
        for (int j = 0; j < 4; j++) {
            assertThat(model.bookExponential(j).agrees()).isTrue();
            assertThat(model.bookProbability(j).agrees()).isTrue();
        }
        assertThat(model.bookProbability(3).shortText()).isEqualTo("0,657 ✓");
    }

    @Test
    void theSelectedClassIsWrittenOutAsTheBookDoesForChat() {
        assertThat(model.formulaTextProperty().get()).isEqualTo("s(z) de « chat » = e^2 / Σ = 7,389 / 30,561 = 0,242");
        assertThat(FormulaCheck.problem(model.formulaLatexProperty().get())).isEmpty();
        model.selectedProperty().set(3);
        assertThat(model.formulaTextProperty().get()).endsWith("= 20,086 / 30,561 = 0,657");
        assertThat(model.verdictProperty().get()).startsWith("Le réseau penche pour « poisson » à 65,7 %");
    }

    @Test
    void probabilitiesAlwaysAddUpToOne() {
        model.scores().get(2).logitProperty().set(7.5);
        model.temperatureProperty().set(0.3);
        double total = 0;
        for (int j = 0; j < 4; j++) {
            total += model.probability(j);
        }
        assertThat(total).isCloseTo(1, within(1e-12));
        assertThat(model.isBookExample()).isFalse();
        assertThat(model.bookSum()).isNull();
        assertThat(model.bookProbability(0)).isNull();
    }

    @Test
    void aLowTemperatureSharpensAndAHighOneFlattens() {
        double atOne = model.probability(3);
        model.temperatureProperty().set(0.5);
        assertThat(model.probability(3)).isGreaterThan(atOne);
        assertThat(model.formulaTextProperty().get()).startsWith("s(z) de « chat » = e^(2 / 0,5) / Σ");
        model.temperatureProperty().set(10);
        assertThat(model.probability(3)).isLessThan(atOne).isCloseTo(0.25, within(0.05));
    }

    @Test
    void hugeExponentialsStayFiniteAndShort() {
        model.scores().get(3).logitProperty().set(20);
        model.temperatureProperty().set(0.1);
        assertThat(model.probability(3)).isCloseTo(1, within(1e-12));
        assertThat(model.sumTextProperty().get()).isEqualTo("Somme des exponentielles : 7,23 × 10⁸⁶");
        assertThat(FormulaCheck.problem(model.formulaLatexProperty().get())).isEmpty();
    }

    @Test
    void classesCanBeAddedUpToEightAndRemovedDownToTwo() {
        model.addClass();
        assertThat(model.scores()).hasSize(5);
        assertThat(model.scores().get(4).name()).isEqualTo("classe 5");
        assertThat(model.exponential(4)).isEqualTo(1);
        for (int i = 0; i < 10; i++) {
            model.addClass();
        }
        assertThat(model.scores()).hasSize(SoftmaxModel.MAX_CLASSES);
        model.selectedProperty().set(7);
        for (int i = 0; i < 10; i++) {
            model.removeClass(model.scores().size() - 1);
        }
        assertThat(model.scores()).hasSize(SoftmaxModel.MIN_CLASSES);
        assertThat(model.selectedProperty().get()).isEqualTo(1);
        assertThat(model.formulaTextProperty().get()).contains("« chien »");
    }

    @Test
    void theBookExampleComesBackWithItsNamesAndTemperatureOne() {
        model.removeClass(0);
        model.temperatureProperty().set(2);
        model.bookExample();
        assertThat(model.scores()).extracting(SoftmaxModel.Score::name).containsExactly("chat", "chien", "oiseau", "poisson");
        assertThat(model.isBookExample()).isTrue();
    }

    @Test
    void missingNamesAreNumbered() {
        SoftmaxModel m = new SoftmaxModel(List.of(1.0, 2.0, 3.0), List.of("a"));
        assertThat(m.scores()).extracting(SoftmaxModel.Score::name).containsExactly("a", "classe 2", "classe 3");
        assertThatThrownBy(() -> new SoftmaxModel(List.of(1.0), List.of())).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void numbersBecomeLatexWithADecimalComma() {
        assertThat(SoftmaxModel.latex("7,23 × 10⁸⁶")).isEqualTo("7{,}23 \\times 10^{86}");
        assertThat(SoftmaxModel.latex("−1,5")).isEqualTo("-1{,}5");
        assertThat(SoftmaxModel.latexText("chat_{x}")).isEqualTo("chatx");
    }
}
