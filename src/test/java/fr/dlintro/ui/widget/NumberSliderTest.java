package fr.dlintro.ui.widget;

import static org.assertj.core.api.Assertions.assertThat;

import atlantafx.base.theme.PrimerLight;
import javafx.application.Application;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.css.PseudoClass;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Slider;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

@ExtendWith(ApplicationExtension.class)
class NumberSliderTest {
    private final DoubleProperty value = new SimpleDoubleProperty(0.25);
    private NumberSlider control;

    @Start
    void start(Stage stage) {
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        control = new NumberSlider("w", "w₁", "Poids w1", value, new NumberSlider.Range(-2, 2, 0.05, -100, 100),
                v -> FrenchNumbers.compact(v, 3));
        Button elsewhere = new Button("ailleurs");
        elsewhere.setId("elsewhere");
        stage.setScene(new Scene(new VBox(control, elsewhere), 500, 200));
        stage.show();
    }

    private TextField field(FxRobot robot) {
        return robot.lookup("#w-field").queryAs(TextField.class);
    }

    private void type(FxRobot robot, String text) {
        robot.doubleClickOn("#w-field");
        robot.interact(() -> field(robot).selectAll());
        robot.write(text);
    }

    @Test
    void showsTheValueWithADecimalComma(FxRobot robot) {
        assertThat(field(robot).getText()).isEqualTo("0,25");
        assertThat(robot.lookup("#w-slider").queryAs(Slider.class).getValue()).isEqualTo(0.25);
    }

    @Test
    void arrowKeysOnTheSliderMoveByOneStep(FxRobot robot) {
        robot.interact(() -> robot.lookup("#w-slider").query().requestFocus());
        robot.press(KeyCode.RIGHT).release(KeyCode.RIGHT);
        assertThat(value.get()).isEqualTo(0.3);
        assertThat(field(robot).getText()).isEqualTo("0,3");
    }

    @Test
    void aTypedFrenchNumberIsAppliedOnEnter(FxRobot robot) {
        type(robot, "−0,5");
        robot.press(KeyCode.ENTER).release(KeyCode.ENTER);
        assertThat(value.get()).isEqualTo(-0.5);
        assertThat(field(robot).getText()).isEqualTo("−0,5");
    }

    @Test
    void aTypedValueBeyondTheSliderIsKeptExactly(FxRobot robot) {
        type(robot, "7,125");
        robot.press(KeyCode.ENTER).release(KeyCode.ENTER);
        assertThat(value.get()).isEqualTo(7.125);
        assertThat(robot.lookup("#w-slider").queryAs(Slider.class).getValue()).isEqualTo(2);
    }

    @Test
    void somethingThatIsNotAnAllowedNumberIsRefusedAndMarked(FxRobot robot) {
        type(robot, "beaucoup");
        robot.press(KeyCode.ENTER).release(KeyCode.ENTER);
        assertThat(value.get()).isEqualTo(0.25);
        assertThat(field(robot).getPseudoClassStates()).contains(PseudoClass.getPseudoClass("invalid"));
        assertThat(field(robot).getAccessibleHelp()).startsWith("Valeur refusée");
        type(robot, "1000");
        robot.press(KeyCode.ENTER).release(KeyCode.ENTER);
        assertThat(value.get()).isEqualTo(0.25);
        robot.press(KeyCode.ESCAPE).release(KeyCode.ESCAPE);
        assertThat(field(robot).getText()).isEqualTo("0,25");
        assertThat(field(robot).getPseudoClassStates()).doesNotContain(PseudoClass.getPseudoClass("invalid"));
    }

    @Test
    void leavingAnUntouchedFieldKeepsAThirdExact(FxRobot robot) {
        robot.interact(() -> value.set(1.0 / 3));
        robot.clickOn("#w-field");
        robot.clickOn("#elsewhere");
        assertThat(value.get()).isEqualTo(1.0 / 3);
        type(robot, "2/3");
        robot.clickOn("#elsewhere");
        assertThat(value.get()).isEqualTo(2.0 / 3);
    }

    @Test
    void disposeStopsFollowingTheValue(FxRobot robot) {
        robot.interact(() -> {
            control.dispose();
            value.set(1.5);
        });
        assertThat(field(robot).getText()).isEqualTo("0,25");
    }
}
