package fr.dlintro.ui.widget;

import static org.assertj.core.api.Assertions.assertThat;

import fr.dlintro.ui.theme.Palette;
import fr.dlintro.ui.widget.trainingloop.TrainingLoopWidget;
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

/** The training-loop widget (Fig. 41) in each theme and at 16 and 24 px: inside the column, no truncated text, ≤ 460 px high at 16 px. */
@ExtendWith(ApplicationExtension.class)
class TrainingLoopFitTest {
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
    }

    private Widget show(FxRobot robot, Palette p) {
        Widget[] w = new Widget[1];
        robot.interact(() -> {
            w[0] = WidgetHarness.build("training-loop", Map.of(), WidgetHarness.context(p));
            WidgetHarness.show(stage, w[0], p.isDark());
        });
        WaitForAsyncUtils.waitForFxEvents();
        return w[0];
    }

    @Test
    void itFitsTheColumnWithoutTruncatedTextInEveryTheme(FxRobot robot) {
        for (Palette p : List.of(Palette.lightTheme(), Palette.darkTheme(), Palette.projectionTheme(),
                Palette.lightTheme().withFontSize(16), Palette.lightTheme().withFontSize(24))) {
            Widget w = show(robot, p);
            for (int i = 0; i < 3; i++) {
                robot.interact(() -> ((TrainingLoopWidget) w).playback().step());
            }
            WaitForAsyncUtils.waitForFxEvents();
            String where = "training-loop (" + p.themeName() + ", " + p.fontSize() + " px)";
            Bounds b = w.node().localToScene(w.node().getBoundsInLocal());
            if (p.fontSize() <= 16) {
                assertThat(b.getHeight()).as(where + " height").isLessThanOrEqualTo(460.0);
            }
            assertThat(b.getMaxX()).as(where + " right edge").isLessThanOrEqualTo(WidgetHarness.COLUMN_WIDTH + 1);
            AllWidgetsFitTest.assertNoTruncatedText(w.node(), where);
            robot.interact(() -> fr.dlintro.ui.project.Snapshots.save(w.node(), "training-loop-" + p.themeName() + "-"
                    + (int) p.fontSize()));
            robot.interact(w::dispose);
        }
    }
}
