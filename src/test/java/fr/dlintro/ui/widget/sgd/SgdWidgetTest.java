package fr.dlintro.ui.widget.sgd;

import static org.assertj.core.api.Assertions.assertThat;

import fr.dlintro.ui.widget.ColumnScroll;
import fr.dlintro.ui.widget.LossMap;
import fr.dlintro.ui.widget.WidgetContext;
import fr.dlintro.ui.widget.WidgetHarness;
import java.util.Map;
import javafx.geometry.Bounds;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

@ExtendWith(ApplicationExtension.class)
class SgdWidgetTest {
    private SgdWidget widget;

    @Start
    void start(Stage stage) {
        widget = (SgdWidget) WidgetHarness.build("sgd", Map.of(), WidgetContext.standalone());
        WidgetHarness.show(stage, widget, false);
    }

    private String text(FxRobot robot, String id) {
        return robot.lookup("#" + id).queryAs(Label.class).getText();
    }

    @Test
    void stepsCountMiniBatchesAndTheLegendSaysHowManyMakeAnEpoch(FxRobot robot) {
        assertThat(text(robot, "sgd-legend")).isEqualTo("mini-lots de 8 (13 mises à jour par époque)");
        ColumnScroll.click(robot, "step");
        ColumnScroll.click(robot, "step");
        assertThat(text(robot, "status")).startsWith("Époque 0,16 · mini-lots\u202F: 2 mises à jour");
    }

    @Test
    void typingABatchSizeOfOneHundredMakesBothRunsOne(FxRobot robot) {
        ColumnScroll.reveal(robot, "batch-field");
        robot.doubleClickOn("#batch-field").write("100").press(KeyCode.ENTER).release(KeyCode.ENTER);
        assertThat(widget.model().batchSizeProperty().get()).isEqualTo(100);
        assertThat(text(robot, "sgd-legend")).isEqualTo("mini-lots de 100 (1 mise à jour par époque)");
        ColumnScroll.click(robot, "step");
        assertThat(text(robot, "status")).endsWith("les deux descentes sont identiques");
    }

    @Test
    void clickingTheMapChoosesTheStart(FxRobot robot) {
        LossMap map = ((SgdView) widget.node()).map();
        ColumnScroll.reveal(robot, "map");
        Bounds b = map.localToScreen(map.getBoundsInLocal());
        robot.clickOn(b.getMinX() + map.px(3), b.getMinY() + map.py(-2));
        assertThat(widget.model().startWProperty().get()).isBetween(2.9, 3.1);
        assertThat(widget.model().startBProperty().get()).isBetween(-2.1, -1.9);
        assertThat(widget.model().stepsProperty().get()).isZero();
    }
}
