package fr.dlintro.ui.widget.trainingloop;

import static org.assertj.core.api.Assertions.assertThat;

import fr.dlintro.ui.theme.Palette;
import fr.dlintro.ui.widget.Widget;
import fr.dlintro.ui.widget.WidgetHarness;
import java.util.Map;
import javafx.css.PseudoClass;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

@ExtendWith(ApplicationExtension.class)
class TrainingLoopWidgetTest {
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
    void theStepButtonWalksABatchThroughTheFourActsWithRealNumbers(FxRobot robot) {
        Widget w = show(robot, Palette.lightTheme().withFontSize(16));
        robot.clickOn("#step");
        assertThat(robot.lookup("#act-forward").query().getPseudoClassStates())
                .contains(PseudoClass.getPseudoClass("active"));
        assertThat(robot.lookup("#counters").queryAs(Label.class).getText())
                .isEqualTo("Époque 1 sur 10 · lot 1 sur 125 · Propagation avant");
        assertThat(robot.lookup("#detail").queryAs(Label.class).getText()).contains("le réseau prédit");
        robot.clickOn("#step").clickOn("#step").clickOn("#step");
        assertThat(robot.lookup("#detail").queryAs(Label.class).getText()).startsWith("SGD : w ← w − η × ∂L/∂w");
        robot.clickOn("#step-back");
        assertThat(robot.lookup("#counters").queryAs(Label.class).getText()).endsWith("Rétropropagation");
        robot.clickOn("#reset");
        assertThat(((TrainingLoopWidget) w).model().current().phase()).isEqualTo(TrainingLoopModel.Phase.READY);
        robot.interact(w::dispose);
    }

    @Test
    void lectureRunsBatchesUntilPause(FxRobot robot) throws java.util.concurrent.TimeoutException {
        Widget w = show(robot, Palette.lightTheme());
        TrainingLoopWidget t = (TrainingLoopWidget) w;
        robot.interact(() -> t.playback().speedProperty().set(30));
        robot.clickOn("#play");
        WaitForAsyncUtils.waitFor(20, java.util.concurrent.TimeUnit.SECONDS, () -> t.model().current().batch() >= 2);
        robot.clickOn("#play");
        int steps = t.model().stepsProperty().get();
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(t.playback().playingProperty().get()).isFalse();
        assertThat(t.model().stepsProperty().get()).isEqualTo(steps);
        robot.interact(w::dispose);
    }
}
