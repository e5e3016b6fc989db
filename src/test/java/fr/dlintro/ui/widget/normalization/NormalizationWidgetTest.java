package fr.dlintro.ui.widget.normalization;

import static org.assertj.core.api.Assertions.assertThat;

import fr.dlintro.ui.widget.ColumnScroll;
import fr.dlintro.ui.widget.WidgetContext;
import fr.dlintro.ui.widget.WidgetHarness;
import java.util.Map;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

@ExtendWith(ApplicationExtension.class)
class NormalizationWidgetTest {
    private NormalizationWidget widget;

    @Start
    void start(Stage stage) {
        widget = (NormalizationWidget) WidgetHarness.build("normalization", Map.of(), WidgetContext.standalone());
        WidgetHarness.show(stage, widget, false);
    }

    private String text(FxRobot robot, String id) {
        return robot.lookup("#" + id).queryAs(Label.class).getText();
    }

    @Test
    void steppingMovesBothDescentsAndTheTitlesShowTheirGaps(FxRobot robot) {
        String before = text(robot, "raw-title");
        for (int i = 0; i < 20; i++) {
            ColumnScroll.click(robot, "step");
        }
        assertThat(widget.model().stepsProperty().get()).isEqualTo(20);
        assertThat(text(robot, "normalized-title")).isEqualTo("Après\u202F: bol rond · écart 0");
        assertThat(text(robot, "raw-title")).isNotEqualTo(before).startsWith("Avant\u202F: vallée allongée · écart ");
    }

    @Test
    void typingARawRateAboveTheLimitMakesItDiverge(FxRobot robot) {
        ColumnScroll.reveal(robot, "raw-rate-field");
        robot.doubleClickOn("#raw-rate-field").write("0,04").press(KeyCode.ENTER).release(KeyCode.ENTER);
        assertThat(widget.model().rawRateProperty().get()).isEqualTo(0.04);
        robot.interact(() -> {
            for (int i = 0; i < 60; i++) {
                widget.model().playback().step();
            }
        });
        assertThat(text(robot, "raw-title")).endsWith("divergence\u202F!");
    }

    @Test
    void theHistogramsOnlyViewHasNoDescent(FxRobot robot) {
        robot.interact(() -> {
            widget = (NormalizationWidget) WidgetHarness.build("normalization", Map.of("view", "histogrammes"),
                    WidgetContext.standalone());
            WidgetHarness.show((Stage) robot.listWindows().get(0), widget, false);
        });
        assertThat(robot.lookup("#histograms").tryQuery()).isPresent();
        assertThat(robot.lookup("#raw-map").tryQuery()).isEmpty();
        assertThat(robot.lookup("#step").tryQuery()).isEmpty();
    }
}
