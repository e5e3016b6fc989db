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
 * The minima, saddle, sgd and normalization widgets in each theme and at presentation size:
 * inside the lesson column, no truncated text, and at 16 px within the 460 px height budget.
 */
@ExtendWith(ApplicationExtension.class)
class MinimaSaddleSgdNormalizationFitTest {
    private static final List<Map.Entry<String, Map<String, Object>>> CASES = List.of(
            Map.entry("minima", Map.of()),
            Map.entry("minima", Map.of("basins", true)),
            Map.entry("saddle", Map.of()),
            Map.entry("sgd", Map.of()),
            Map.entry("normalization", Map.of()),
            Map.entry("normalization", Map.of("view", "descente")));

    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
    }

    @Test
    void everyWidgetFitsTheColumnWithoutTruncatedTextInEveryTheme(FxRobot robot) {
        for (Palette p : List.of(Palette.lightTheme(), Palette.darkTheme(), Palette.projectionTheme(),
                Palette.lightTheme().withFontSize(16), Palette.darkTheme().withFontSize(16),
                Palette.lightTheme().withFontSize(24))) {
            for (Map.Entry<String, Map<String, Object>> c : CASES) {
                Widget[] w = new Widget[1];
                robot.interact(() -> {
                    w[0] = WidgetHarness.build(c.getKey(), c.getValue(), WidgetHarness.context(p));
                    WidgetHarness.show(stage, w[0], p.isDark());
                });
                WaitForAsyncUtils.waitForFxEvents();
                String where = c.getKey() + " " + c.getValue() + " (" + p.themeName() + ", " + p.fontSize() + " px)";
                Bounds b = w[0].node().localToScene(w[0].node().getBoundsInLocal());
                if (p.fontSize() == 16) {
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
