package fr.dlintro.ui.widget.biasclassifier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import fr.dlintro.core.demo.TwoClassPoints.Layout;
import org.junit.jupiter.api.Test;

class BiasClassifierModelTest {
    private final BiasClassifierModel model = new BiasClassifierModel(Layout.DECALE, true);

    private double lineAt(double x, double y) {
        return model.w1Property().get() * x + model.w2Property().get() * y + model.bProperty().get();
    }

    @Test
    void startsWithTheLineThroughTheOriginAndCountsItsErrors() {
        assertThat(model.equationProperty().get()).isEqualTo("0,00·x₁ + 1,00·x₂ + 0,00 = 0");
        // every point of « décalé » lies above the horizontal axis: the twelve red ones are on the blue side
        assertThat(model.misclassifiedProperty().get()).isEqualTo(12);
        assertThat(model.errorsProperty().get()).isEqualTo("12 points mal classés sur 24.");
        assertThat(model.pivotX()).isZero();
    }

    @Test
    void movingThePivotShiftsTheLineWithoutTurningItAndCanSeparateTheClasses() {
        model.w1Property().set(1);
        model.movePivotTo(1.7, 1.7);
        assertThat(lineAt(1.7, 1.7)).isCloseTo(0, within(1e-12));
        assertThat(model.w1Property().get()).isEqualTo(1);
        assertThat(model.bProperty().get()).isCloseTo(-3.4, within(1e-12));
        assertThat(model.misclassifiedProperty().get()).isZero();
        assertThat(model.errorsProperty().get()).isEqualTo("Aucun point mal classé : la droite sépare les deux classes.");
        assertThat(model.equationProperty().get()).isEqualTo("1,00·x₁ + 1,00·x₂ − 3,40 = 0");
    }

    @Test
    void pointingTheArrowTurnsTheLineAboutThePivotAndKeepsTheLengthOfW() {
        model.w1Property().set(1);
        model.movePivotTo(1, 0);
        double norm = Math.hypot(1, 1);
        model.pointNormalAt(1, 2);   // straight up from the pivot
        assertThat(model.w1Property().get()).isCloseTo(0, within(1e-12));
        assertThat(model.w2Property().get()).isCloseTo(norm, within(1e-12));
        assertThat(lineAt(1, 0)).isCloseTo(0, within(1e-12));
        assertThat(model.pivotX()).isCloseTo(1, within(1e-12));
    }

    @Test
    void aSliderMovesTheLineAndThePivotFollowsItOntoTheLine() {
        model.movePivotTo(1, 1);
        model.bProperty().set(-1);
        assertThat(lineAt(model.pivotX(), model.pivotY())).isCloseTo(0, within(1e-12));
        model.w1Property().set(2.5);
        assertThat(lineAt(model.pivotX(), model.pivotY())).isCloseTo(0, within(1e-12));
        assertThat(model.bProperty().get()).isEqualTo(-1);
    }

    @Test
    void withoutBiasTheLineIsPinnedToTheOriginAndDecaleCannotBeSeparated() {
        model.w1Property().set(1);
        model.movePivotTo(1.7, 1.7);
        model.biasEnabledProperty().set(false);
        assertThat(model.bProperty().get()).isZero();
        assertThat(model.pivotX()).isZero();
        assertThat(model.pivotY()).isZero();
        assertThat(model.equationProperty().get()).isEqualTo("1,00·x₁ + 1,00·x₂ = 0");
        model.movePivotTo(2, 2);
        assertThat(model.pivotX()).isZero();
        model.bProperty().set(-3);
        assertThat(model.bProperty().get()).isZero();
        assertThat(model.hintProperty().get()).startsWith("Sans biais, la droite passe toujours par l'origine : "
                + "aucune ne sépare ces points (au mieux 5 erreurs).");
        for (int k = 0; k < 360; k++) {
            model.pointNormalAt(Math.cos(Math.toRadians(k)), Math.sin(Math.toRadians(k)));
            assertThat(model.misclassifiedProperty().get()).isGreaterThanOrEqualTo(5);
        }
    }

    @Test
    void withoutBiasTheCentredSetIsSeparatedByTurningW() {
        model.biasEnabledProperty().set(false);
        model.datasetProperty().set(Layout.CENTRE);
        assertThat(model.hintProperty().get()).contains("Ici, cela suffit");
        model.pointNormalAt(1, 0);
        assertThat(model.misclassifiedProperty().get()).isZero();
        model.datasetProperty().set(Layout.DIAGONALE);
        model.pointNormalAt(-1, 1);
        assertThat(model.misclassifiedProperty().get()).isZero();
    }

    @Test
    void valuesStayInTheirRangesAndANullWMeansNoLine() {
        model.w1Property().set(8);
        assertThat(model.w1Property().get()).isEqualTo(BiasClassifierModel.W_MAX);
        model.bProperty().set(-50);
        assertThat(model.bProperty().get()).isEqualTo(-BiasClassifierModel.B_MAX);
        model.w1Property().set(0);
        model.w2Property().set(0);
        assertThat(model.hasLine()).isFalse();
        assertThat(model.errorsProperty().get()).startsWith("w est nul");
    }

    @Test
    void eachChangeBumpsTheRevisionOnceAMoveIsOneChange() {
        int before = model.revisionProperty().get();
        model.movePivotTo(0.5, 0.5);
        assertThat(model.revisionProperty().get()).isEqualTo(before + 1);
        model.resetLine();
        assertThat(model.equationProperty().get()).isEqualTo("0,00·x₁ + 1,00·x₂ + 0,00 = 0");
        assertThat(model.pivotX()).isZero();
    }
}
