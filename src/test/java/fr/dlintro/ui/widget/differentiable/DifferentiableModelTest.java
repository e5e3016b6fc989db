package fr.dlintro.ui.widget.differentiable;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class DifferentiableModelTest {
    private final DifferentiableModel model = new DifferentiableModel(1);

    @Test
    void atOneBothFunctionsHaveATangent() {
        assertThat(model.squareReadingProperty().get())
                .isEqualTo("En x = 1 : f = 1, pente 2 des deux côtés : tangente y = 2x − 1");
        assertThat(model.absReadingProperty().get())
                .isEqualTo("En x = 1 : g = 1, pente 1 des deux côtés : tangente y = x");
        assertThat(model.verdictProperty().get()).startsWith("Les deux fonctions ont ici une tangente.");
    }

    @Test
    void atZeroTheAbsoluteValueHasTwoSlopesAndNoTangent() {
        model.xProperty().set(0);
        assertThat(Curve.ABS.differentiableAt(0)).isFalse();
        assertThat(Curve.ABS.derivative(0)).isNaN();
        assertThat(model.absReadingProperty().get())
                .isEqualTo("En x = 0 : g = 0, pente −1 à gauche, +1 à droite : pas de tangente unique");
        assertThat(model.squareReadingProperty().get())
                .isEqualTo("En x = 0 : f = 0, pente 0 des deux côtés : tangente y = 0");
        assertThat(model.verdictProperty().get()).contains("|x| n'est pas dérivable en 0");
    }

    @Test
    void negativePointsWriteTheirTangentWithMinusSigns() {
        model.xProperty().set(-0.5);
        assertThat(model.squareReadingProperty().get())
                .isEqualTo("En x = −0,5 : f = 0,25, pente −1 des deux côtés : tangente y = −x − 0,25");
        assertThat(model.absReadingProperty().get())
                .isEqualTo("En x = −0,5 : g = 0,5, pente −1 des deux côtés : tangente y = −x");
    }

    @Test
    void slopesMatchFiniteDifferencesOnEachSide() {
        double h = 1e-7;
        double worst = 0;
        for (Curve c : Curve.values()) {
            for (double x = -3; x <= 3.0001; x += 0.25) {
                double left = (c.value(x) - c.value(x - h)) / h;
                double right = (c.value(x + h) - c.value(x)) / h;
                worst = Math.max(worst, Math.abs(left - c.leftSlope(x)));
                worst = Math.max(worst, Math.abs(right - c.rightSlope(x)));
                if (c.differentiableAt(x)) {
                    double central = (c.value(x + h) - c.value(x - h)) / (2 * h);
                    worst = Math.max(worst, Math.abs(central - c.derivative(x)));
                }
            }
        }
        assertThat(worst).as("max |analytic − finite difference|").isLessThan(1e-5);
        assertThat(Curve.ABS.leftSlope(0)).isEqualTo(-1);
        assertThat(Curve.ABS.rightSlope(0)).isEqualTo(1);
    }

    /** The largest gap between the curve and a line over the window, as a share of the window's height. */
    private double relativeGap(Curve c, double slope) {
        double[] w = model.window(c);
        double a = model.xProperty().get();
        double gap = 0;
        for (int i = 0; i <= 200; i++) {
            double x = w[0] + (w[1] - w[0]) * i / 200;
            gap = Math.max(gap, Math.abs(c.value(x) - (c.value(a) + slope * (x - a))));
        }
        return gap / (w[3] - w[2]);
    }

    @Test
    void theMagnifierStraightensXSquaredButNeverTheCornerOfAbsoluteValue() {
        double before = relativeGap(Curve.SQUARE, 2);
        model.zoomLevelProperty().set(5);
        assertThat(model.zoom()).isEqualTo(32);
        assertThat(model.zoomTextProperty().get()).isEqualTo("×32");
        double[] w = model.window(Curve.SQUARE);
        assertThat(w[1] - w[0]).isCloseTo(6.0 / 32, within(1e-12));
        assertThat((w[0] + w[1]) / 2).isCloseTo(1, within(1e-12));
        assertThat(relativeGap(Curve.SQUARE, 2)).isLessThan(before / 20);

        model.xProperty().set(0);
        double cornerZoomed = relativeGap(Curve.ABS, 0);
        model.zoomLevelProperty().set(1);
        assertThat(relativeGap(Curve.ABS, 0)).isCloseTo(cornerZoomed, within(1e-9));
        assertThat(cornerZoomed).isGreaterThan(0.3);
        assertThat(model.verdictProperty().get()).contains("la loupe n'y change rien");
    }

    @Test
    void draggingRoundsXMoreFinelyAsTheMagnifierGrows() {
        model.setXRounded(0.023);
        assertThat(model.xProperty().get()).isEqualTo(0.0);
        model.zoomLevelProperty().set(2);
        model.setXRounded(0.023);
        assertThat(model.xProperty().get()).isEqualTo(0.02);
        model.zoomLevelProperty().set(6);
        model.setXRounded(0.0234);
        assertThat(model.xProperty().get()).isEqualTo(0.023);
        model.setXRounded(9);
        assertThat(model.xProperty().get()).isEqualTo(DifferentiableModel.X_MAX);
    }
}
