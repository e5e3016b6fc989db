package fr.dlintro.ui.widget;

import static org.assertj.core.api.Assertions.assertThat;

import fr.dlintro.ui.theme.Palette;
import fr.dlintro.ui.widget.backprop.BackpropStage;
import fr.dlintro.ui.widget.backprop.BackpropWidget;
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
 * The backprop and vanishing widgets in each theme and at presentation size: inside the lesson
 * column, no truncated text, and at 16 px within the height budget of a lesson widget. The
 * backprop widget is measured at its tallest stages (the longest chains and the update).
 */
@ExtendWith(ApplicationExtension.class)
class BackpropVanishingFitTest {
    private record Case(String widget, Map<String, Object> params, BackpropStage stage) {
    }

    private static final List<Case> CASES = List.of(
            new Case("backprop", Map.of(), BackpropStage.START),
            new Case("backprop", Map.of(), BackpropStage.GRAD_W2),
            new Case("backprop", Map.of(), BackpropStage.GRAD_W1),
            new Case("backprop", Map.of(), BackpropStage.UPDATE),
            new Case("vanishing", Map.of(), null),
            new Case("vanishing", Map.of("depth", 30, "activation", "relu", "weight_scale", 5.0), null),
            new Case("vanishing", Map.of("depth", 5, "activation", "tanh"), null));

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
                    if (c.stage() != null) {
                        ((BackpropWidget) w[0]).model().goTo(c.stage());
                    }
                    WidgetHarness.show(stage, w[0], p.isDark());
                });
                WaitForAsyncUtils.waitForFxEvents();
                String where = c.widget() + " " + c.params() + " " + c.stage() + " (" + p.themeName() + ", "
                        + p.fontSize() + " px)";
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
