package fr.dlintro.ui.widget;

import static org.assertj.core.api.Assertions.assertThat;

import fr.dlintro.ui.theme.Palette;
import java.util.List;
import java.util.Map;
import javafx.geometry.Bounds;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The perceptron, activation and softmax widgets in each theme and at presentation size: inside
 * the lesson column and with no truncated text. On the book's set-ups they also keep, at
 * 100 %, the height budget of chapter 2's widgets ({@link AllWidgetsFitTest}); the fullest
 * set-ups (six inputs, two curves with derivatives, eight classes) may be taller.
 */
@ExtendWith(ApplicationExtension.class)
class PerceptronActivationSoftmaxFitTest {
    private record Case(String widget, Map<String, Object> params, boolean bookSetUp) {
    }

    private static final List<Case> CASES = List.of(
            new Case("perceptron", Map.of("preset", "ponderee"), true),
            new Case("perceptron", Map.of("preset", "biais-q13"), true),
            new Case("perceptron", Map.of("inputs", List.of(1, 2, 3, 4, 5, 6), "bias", -1.5, "activation", "leaky_relu"),
                    false),
            new Case("activation", Map.of(), true),
            new Case("activation", Map.of("function", "leaky_relu", "compare", "gelu", "derivative", true), false),
            new Case("softmax", Map.of(), true),
            new Case("softmax", Map.of("logits", List.of(1, 2, 3, 4, 5, 6, 7, 8)), false));

    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
    }

    @Test
    void everyWidgetFitsTheColumnWithoutTruncatedTextInEveryTheme(FxRobot robot) {
        for (Palette p : List.of(Palette.lightTheme(), Palette.darkTheme(), Palette.projectionTheme(),
                Palette.lightTheme().withFontSize(16), Palette.lightTheme().withFontSize(24))) {
            for (Case c : CASES) {
                Widget[] w = new Widget[1];
                robot.interact(() -> {
                    w[0] = WidgetHarness.build(c.widget(), c.params(), WidgetHarness.context(p));
                    WidgetHarness.show(stage, w[0], p.isDark());
                });
                WaitForAsyncUtils.waitForFxEvents();
                String where = c.widget() + " " + c.params() + " (" + p.themeName() + ", " + p.fontSize() + " px)";
                Bounds b = w[0].node().localToScene(w[0].node().getBoundsInLocal());
                if (p.fontSize() == 14 && c.bookSetUp()) {
                    assertThat(b.getHeight()).as(where + " height").isBetween(260.0, 460.0);
                }
                assertThat(b.getMaxX()).as(where + " right edge").isLessThanOrEqualTo(WidgetHarness.COLUMN_WIDTH + 1);
                AllWidgetsFitTest.assertNoTruncatedText(w[0].node(), where);
                robot.interact(w[0]::dispose);
            }
        }
    }
}
