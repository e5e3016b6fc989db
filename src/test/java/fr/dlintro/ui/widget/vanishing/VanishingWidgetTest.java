package fr.dlintro.ui.widget.vanishing;

import static fr.dlintro.ui.widget.ColumnScroll.click;
import static fr.dlintro.ui.widget.ColumnScroll.reveal;
import static org.assertj.core.api.Assertions.assertThat;

import fr.dlintro.ui.widget.FrenchText;
import fr.dlintro.ui.widget.WidgetContext;
import fr.dlintro.ui.widget.WidgetHarness;
import java.util.Map;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.matcher.control.LabeledMatchers;

@ExtendWith(ApplicationExtension.class)
class VanishingWidgetTest {
    private VanishingWidget widget;

    @Start
    void start(Stage stage) {
        widget = (VanishingWidget) WidgetHarness.build("vanishing", Map.of(), WidgetContext.standalone());
        WidgetHarness.show(stage, widget, false);
    }

    private static String label(FxRobot robot, String id) {
        return robot.lookup("#" + id).queryAs(Label.class).getText();
    }

    private static void type(FxRobot robot, String id, String typed) {
        reveal(robot, id);
        TextField field = robot.lookup("#" + id).queryAs(TextField.class);
        robot.clickOn(field);
        robot.interact(field::selectAll);
        robot.write(typed).press(KeyCode.ENTER).release(KeyCode.ENTER);
    }

    @Test
    void opensOnTenSigmoidLayersWithTheQuarterPower(FxRobot robot) {
        assertThat(widget.model().layers()).isEqualTo(11);
        assertThat(label(robot, "explanation")).contains("0,25¹⁰");
        assertThat(label(robot, "readout")).isEqualTo(FrenchText.keepPunctuationOnItsLine(widget.model().readout()));
        assertThat(robot.lookup("#book-note").queryAs(Label.class).isVisible()).isFalse();
    }

    @Test
    void theDepthFieldAndTheBookButtonChangeTheNetwork(FxRobot robot) {
        type(robot, "depth-field", "20");
        assertThat(widget.model().layers()).isEqualTo(21);
        assertThat(label(robot, "explanation")).contains("0,25²⁰");
        click(robot, "book-example");
        assertThat(widget.model().depthProperty().get()).isEqualTo(5);
        assertThat(robot.lookup("#book-note").queryAs(Label.class).isVisible()).isTrue();
        assertThat(label(robot, "book-note")).contains("0,00001");
    }

    @Test
    void choosingReluAndLargeWeightsShowsTheExplosion(FxRobot robot) {
        click(robot, "activation");
        robot.clickOn(robot.lookup(".combo-box-popup .list-cell").match(LabeledMatchers.hasText("ReLU"))
                .queryAs(ListCell.class));
        assertThat(widget.model().activationProperty().get()).isEqualTo(VanishingModel.Kind.RELU);
        type(robot, "scale-field", "4");
        assertThat(label(robot, "explanation")).contains("explose");
    }

    @Test
    void arrowKeysOnTheChartSelectALayer(FxRobot robot) {
        click(robot, "bars");
        int before = widget.model().selectedProperty().get();
        robot.type(KeyCode.RIGHT);
        assertThat(widget.model().selectedProperty().get()).isEqualTo(before + 1);
        assertThat(label(robot, "readout")).contains("Couche cachée " + (before + 2));
        assertThat(robot.lookup("#bars").query().getAccessibleText()).contains("sortie : ");
    }
}
