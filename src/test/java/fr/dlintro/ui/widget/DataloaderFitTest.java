package fr.dlintro.ui.widget;

import static org.assertj.core.api.Assertions.assertThat;

import fr.dlintro.ui.theme.Palette;
import fr.dlintro.ui.widget.dataloader.DataloaderWidget;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import javafx.geometry.Bounds;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The dataloader widget at every stage, in each theme and at presentation size: inside the column, no truncated text. */
@ExtendWith(ApplicationExtension.class)
class DataloaderFitTest {
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
    }

    private DataloaderWidget show(Palette p, Map<String, Object> params, FxRobot robot) throws Exception {
        Widget[] w = new Widget[1];
        robot.interact(() -> {
            w[0] = WidgetHarness.build("dataloader", params, WidgetHarness.context(p));
            WidgetHarness.show(stage, w[0], p.isDark());
        });
        DataloaderWidget d = (DataloaderWidget) w[0];
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> d.model().poolProperty().get() != null);
        WaitForAsyncUtils.waitForFxEvents();
        return d;
    }

    @Test
    void theWidgetFitsTheColumnAtEveryStageInEveryTheme(FxRobot robot) throws Exception {
        for (Palette p : List.of(Palette.lightTheme(), Palette.darkTheme(), Palette.projectionTheme(),
                Palette.lightTheme().withFontSize(16), Palette.lightTheme().withFontSize(24))) {
            for (Map<String, Object> params : List.of(Map.<String, Object>of(), Map.<String, Object>of("batch_size", 16))) {
                DataloaderWidget w = show(p, params, robot);
                for (int s = 0; s <= 10; s++) {
                    WaitForAsyncUtils.waitForFxEvents();
                    String where = params + " " + w.model().stage() + " (" + p.themeName() + ", " + p.fontSize() + " px)";
                    Bounds b = w.node().localToScene(w.node().getBoundsInLocal());
                    assertThat(b.getMaxX()).as(where + " right edge").isLessThanOrEqualTo(WidgetHarness.COLUMN_WIDTH + 1);
                    if (p.fontSize() <= 16) {
                        assertThat(b.getHeight()).as(where + " height").isLessThanOrEqualTo(460);
                    }
                    AllWidgetsFitTest.assertNoTruncatedText(w.node(), where);
                    robot.interact(() -> w.model().playback().step());
                }
                robot.interact(w::dispose);
            }
        }
    }
}
