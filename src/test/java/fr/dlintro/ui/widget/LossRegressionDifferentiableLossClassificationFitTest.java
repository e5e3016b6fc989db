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
 * The loss-regression, differentiable and loss-classification widgets (4.2) in each theme and
 * at 16 and 24 px: inside the lesson column and with no truncated text. On the book's set-ups
 * they keep, at 16 px, the height budget of a lesson widget.
 */
@ExtendWith(ApplicationExtension.class)
class LossRegressionDifferentiableLossClassificationFitTest {
    private record Case(String widget, Map<String, Object> params, boolean bookSetUp) {
    }

    private static final List<Case> CASES = List.of(
            new Case("loss-regression", Map.of(), true),
            new Case("loss-regression", Map.of("mode", "droite"), true), // Fig. 23 in 4.1
            new Case("differentiable", Map.of(), true),
            new Case("differentiable", Map.of("x", 0), true),
            new Case("loss-classification", Map.of(), true),
            new Case("loss-classification", Map.of("example", "cce"), true));

    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
    }

    @Test
    void everyWidgetFitsTheColumnWithoutTruncatedTextInEveryTheme(FxRobot robot) {
        for (Palette p : List.of(Palette.lightTheme(), Palette.darkTheme(), Palette.projectionTheme(),
                Palette.lightTheme().withFontSize(16), Palette.darkTheme().withFontSize(24))) {
            for (Case c : CASES) {
                Widget[] w = new Widget[1];
                robot.interact(() -> {
                    w[0] = WidgetHarness.build(c.widget(), c.params(), WidgetHarness.context(p));
                    WidgetHarness.show(stage, w[0], p.isDark());
                });
                WaitForAsyncUtils.waitForFxEvents();
                String where = c.widget() + " " + c.params() + " (" + p.themeName() + ", " + p.fontSize() + " px)";
                Bounds b = w[0].node().localToScene(w[0].node().getBoundsInLocal());
                if (p.fontSize() == 16 && c.bookSetUp()) {
                    assertThat(b.getHeight()).as(where + " height").isBetween(260.0, 460.0);
                }
                assertThat(b.getMaxX()).as(where + " right edge").isLessThanOrEqualTo(WidgetHarness.COLUMN_WIDTH + 1);
                assertThat(ColumnScroll.rightmostBox(w[0].node())).as(where + " rightmost box")
                        .isLessThanOrEqualTo(WidgetHarness.COLUMN_WIDTH + 1);
                AllWidgetsFitTest.assertNoTruncatedText(w[0].node(), where);
                robot.interact(w[0]::dispose);
            }
        }
    }
}
