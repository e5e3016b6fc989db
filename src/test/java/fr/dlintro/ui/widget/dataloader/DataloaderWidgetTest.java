package fr.dlintro.ui.widget.dataloader;

import static org.assertj.core.api.Assertions.assertThat;

import fr.dlintro.ui.theme.Palette;
import fr.dlintro.ui.widget.Widget;
import fr.dlintro.ui.widget.WidgetHarness;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

@ExtendWith(ApplicationExtension.class)
class DataloaderWidgetTest {
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
    void stepsOfTheBarLeadFromRealDigitsToABatchOfInputsAndABatchOfLabels(FxRobot robot) throws Exception {
        DataloaderWidget w = show(Palette.lightTheme(), Map.of(), robot);
        assertThat(robot.lookup("#dataloader-pool").queryParent().getChildrenUnmodifiable()).hasSize(24);
        // the bundled training set starts 5, 0, 4, 1, 9, 2…
        assertThat(w.model().poolProperty().get().label(0)).isEqualTo(5);
        for (int i = 0; i < 5; i++) {
            robot.clickOn("#step");
        }
        assertThat(w.model().stage()).isEqualTo(DataloaderModel.Stage.OUTPUT);
        assertThat(robot.lookup("#dataloader-labels").queryAs(Label.class).getText()).startsWith("tensor([")
                .isEqualTo(w.model().labelTensor());
        robot.clickOn("#step-back");
        assertThat(w.model().stage()).isEqualTo(DataloaderModel.Stage.COLLATE);
        robot.interact(w::dispose);
    }
}
