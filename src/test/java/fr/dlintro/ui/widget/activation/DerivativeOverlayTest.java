package fr.dlintro.ui.widget.activation;

import static org.assertj.core.api.Assertions.assertThat;

import fr.dlintro.ui.theme.Palette;
import fr.dlintro.ui.widget.WidgetContext;
import fr.dlintro.ui.widget.WidgetHarness;
import java.util.Map;
import javafx.scene.image.PixelReader;
import javafx.scene.image.WritableImage;
import javafx.scene.paint.Color;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * Figs. 38–39: the derivative overlay of the ReLU family. Its derivative jumps at 0 (drawn as
 * two pieces with a dot and a ring, not a vertical segment) and, for x &lt; 0, lies on the
 * function itself (its own colour keeps it visible there).
 */
@ExtendWith(ApplicationExtension.class)
class DerivativeOverlayTest {
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
    }

    private ActivationPlot show(FxRobot robot, String function) {
        ActivationWidget[] w = new ActivationWidget[1];
        robot.interact(() -> {
            w[0] = (ActivationWidget) WidgetHarness.build("activation",
                    Map.of("function", function, "derivative", true, "x", 3.0), WidgetContext.standalone());
            WidgetHarness.show(stage, w[0], false);
        });
        return ((ActivationView) w[0].node()).plot();
    }

    private static PixelReader pixels(FxRobot robot, ActivationPlot plot) {
        WritableImage[] img = new WritableImage[1];
        robot.interact(() -> img[0] = plot.canvas().snapshot(null, null));
        return img[0].getPixelReader();
    }

    private static final Color DERIVATIVE = Palette.lightTheme().seriesColor(2);

    private static boolean near(Color c, Color target) {
        return Math.abs(c.getRed() - target.getRed()) + Math.abs(c.getGreen() - target.getGreen())
                + Math.abs(c.getBlue() - target.getBlue()) < 0.25;
    }

    /** Whether the derivative's colour appears in the box around (x, y), in canvas pixels. */
    private static boolean derivativeNear(PixelReader r, double x, double y, int radius) {
        for (int dx = -radius; dx <= radius; dx++) {
            for (int dy = -radius; dy <= radius; dy++) {
                if (near(r.getColor((int) Math.round(x) + dx, (int) Math.round(y) + dy), DERIVATIVE)) {
                    return true;
                }
            }
        }
        return false;
    }

    @Test
    void reluDerivativeJumpsAtZeroWithoutAVerticalSegment(FxRobot robot) {
        ActivationPlot plot = show(robot, "relu");
        PixelReader r = pixels(robot, plot);
        double x0 = plot.px(0);
        for (double y = 0.2; y <= 0.8; y += 0.05) {
            assertThat(derivativeNear(r, x0, plot.canvasY(y), 2)).as("derivative colour at (0, " + y + ")").isFalse();
        }
        assertThat(derivativeNear(r, x0, plot.canvasY(1), 4)).as("ring at the right limit").isTrue();
        assertThat(derivativeNear(r, x0, plot.canvasY(0), 3)).as("dot at the value taken at 0").isTrue();
    }

    @Test
    void reluDerivativeStaysVisibleWhereItLiesOnTheFunction(FxRobot robot) {
        ActivationPlot plot = show(robot, "relu");
        PixelReader r = pixels(robot, plot);
        int seen = 0;
        for (double x = -5; x <= -1; x += 0.25) {
            if (derivativeNear(r, plot.px(x), plot.canvasY(0), 1)) {
                seen++;
            }
        }
        assertThat(seen).as("dashes of ReLU′ seen along y = 0 for x < 0").isGreaterThan(8);
    }

    @Test
    void leakyReluDerivativeJumpsFromItsSlopeToOne(FxRobot robot) {
        ActivationPlot plot = show(robot, "leaky_relu");
        PixelReader r = pixels(robot, plot);
        double x0 = plot.px(0);
        assertThat(derivativeNear(r, x0, plot.canvasY(0.5), 2)).isFalse();
        assertThat(derivativeNear(r, x0, plot.canvasY(1), 4)).isTrue();
    }

    @Test
    void sigmoidDerivativeIsOneContinuousCurveDrawnInItsOwnColour(FxRobot robot) {
        ActivationPlot plot = show(robot, "sigmoide");
        PixelReader r = pixels(robot, plot);
        assertThat(derivativeNear(r, plot.px(0), plot.canvasY(0.25), 3)).as("σ′(0) = 0,25").isTrue();
    }
}
