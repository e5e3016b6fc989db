package fr.dlintro.ui.widget.backprop;

import static fr.dlintro.ui.widget.ColumnScroll.click;
import static fr.dlintro.ui.widget.ColumnScroll.reveal;
import static org.assertj.core.api.Assertions.assertThat;

import fr.dlintro.ui.widget.WidgetContext;
import fr.dlintro.ui.widget.WidgetHarness;
import java.util.Map;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

@ExtendWith(ApplicationExtension.class)
class BackpropWidgetTest {
    private BackpropWidget widget;

    @Start
    void start(Stage stage) {
        widget = (BackpropWidget) WidgetHarness.build("backprop", Map.of(), WidgetContext.standalone());
        WidgetHarness.show(stage, widget, false);
    }

    private static String label(FxRobot robot, String id) {
        return robot.lookup("#" + id).queryAs(Label.class).getText();
    }

    private static String field(FxRobot robot, String id) {
        return robot.lookup("#" + id).queryAs(TextField.class).getText();
    }

    private static void type(FxRobot robot, String id, String typed) {
        reveal(robot, id);
        TextField field = robot.lookup("#" + id).queryAs(TextField.class);
        robot.clickOn(field);
        robot.interact(field::selectAll);
        robot.write(typed).press(KeyCode.ENTER).release(KeyCode.ENTER);
    }

    private static void step(FxRobot robot, int n) {
        for (int i = 0; i < n; i++) {
            click(robot, "step");
        }
    }

    @Test
    void opensOnTheBooksInputsWithNothingComputed(FxRobot robot) {
        assertThat(field(robot, "x-field")).isEqualTo("2");
        assertThat(field(robot, "y-field")).isEqualTo("1");
        assertThat(field(robot, "rate-field")).isEqualTo("0,01");
        assertThat(field(robot, "param-2")).isEqualTo("−0,6");
        assertThat(label(robot, "a1")).isEqualTo("a¹ = ?");
        assertThat(label(robot, "grad-2")).isEqualTo("∂J/∂w² : ?");
        assertThat(robot.lookup("#status").queryAs(Text.class).getText()).startsWith("Itération 1 · étape 1 sur 13");
    }

    @Test
    void stepsShowTheForwardValuesThenEachGradient(FxRobot robot) {
        step(robot, 4);
        assertThat(label(robot, "a1")).isEqualTo("a¹ = 0,7503");
        assertThat(label(robot, "yhat")).isEqualTo("ŷ = 0,294");
        assertThat(label(robot, "cost")).isEqualTo("J = 0,2492");
        step(robot, 4);
        assertThat(label(robot, "grad-yhat")).isEqualTo("∂J/∂ŷ = −0,706");
        assertThat(label(robot, "grad-4")).isEqualTo("∂J/∂w³ = −0,3091");
        assertThat(label(robot, "grad-2")).isEqualTo("∂J/∂w² = −0,1173");
        assertThat(label(robot, "grad-0")).isEqualTo("∂J/∂w¹ : ?");
        assertThat(robot.lookup("#formula").query().getAccessibleText())
                .endsWith("(−0,706) · 0,9 · 0,2461 · 0,7503 = −0,1173");
        assertThat(label(robot, "note")).contains("(y − ŷ)");
        click(robot, "step-back");
        assertThat(label(robot, "grad-2")).isEqualTo("∂J/∂w² : ?");
    }

    @Test
    void anIterationUpdatesTheWeightsShownInTheNetwork(FxRobot robot) {
        step(robot, 13);
        assertThat(field(robot, "param-0")).isEqualTo("0,4996");
        assertThat(robot.lookup("#status").queryAs(Text.class).getText()).startsWith("Itération 2 · étape 2 sur 13");
        click(robot, "reset");
        assertThat(field(robot, "param-0")).isEqualTo("0,5");
        assertThat(label(robot, "a1")).isEqualTo("a¹ = ?");
    }

    @Test
    void typedValuesRecomputeEverything(FxRobot robot) {
        step(robot, 1);
        type(robot, "param-0", "-1,5");
        assertThat(label(robot, "z1")).isEqualTo("z¹ = −2,9");
        type(robot, "x-field", "0.5");
        assertThat(label(robot, "z1")).isEqualTo("z¹ = −0,65");
        type(robot, "rate-field", "0,1");
        assertThat(widget.model().learningRateProperty().get()).isEqualTo(0.1);
        type(robot, "y-field", "abc");
        assertThat(widget.model().yProperty().get()).isEqualTo(1);
    }

    @Test
    void newWeightsAreDrawnAndOursComeBack(FxRobot robot) {
        click(robot, "draw");
        assertThat(widget.model().parameters()).isNotEqualTo(BackpropModel.DEFAULT_START);
        assertThat(field(robot, "param-0")).isEqualTo(
                fr.dlintro.ui.widget.SignificantNumbers.format(widget.model().parameter(0), 4));
        click(robot, "defaults");
        assertThat(field(robot, "param-0")).isEqualTo("0,5");
    }
}
