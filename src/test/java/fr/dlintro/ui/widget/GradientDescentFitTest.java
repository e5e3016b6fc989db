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
 * The gradient-descent widgets of 4.3 (gd-1d, gd-worked, gd-2d) in each theme and at
 * presentation size: inside the lesson column, no truncated text, and at 16 px within the
 * height budget of a lesson widget.
 */
@ExtendWith(ApplicationExtension.class)
class GradientDescentFitTest {
    private record Case(String widget, Map<String, Object> params) {
    }

    private static final List<Case> CASES = List.of(
            new Case("gd-1d", Map.of()),
            new Case("gd-1d", Map.of("preset", "taux-trop-grand")),
            new Case("gd-1d", Map.of("preset", "deux-minima")),
            new Case("gd-worked", Map.of()),
            new Case("gd-worked", Map.of("example", "poids-et-biais")),
            new Case("gd-2d", Map.of()),
            new Case("gd-2d", Map.of("preset", "vallee", "fog", true)),
            new Case("gd-2d", Map.of("preset", "plusieurs-minima")));

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
                if (p.fontSize() <= 16) {
                    assertThat(b.getHeight()).as(where + " height").isBetween(260.0, 460.0);
                }
                assertThat(b.getMaxX()).as(where + " right edge").isLessThanOrEqualTo(WidgetHarness.COLUMN_WIDTH + 1);
                AllWidgetsFitTest.assertNoTruncatedText(w[0].node(), where);
                robot.interact(w[0]::dispose);
            }
        }
    }
}
