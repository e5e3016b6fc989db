package fr.dlintro.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

@ExtendWith(ApplicationExtension.class)
class ToolkitSmokeTest {
    private int clicks;

    @Start
    void start(Stage stage) {
        Button b = new Button("Étape");
        b.setId("step");
        b.setOnAction(e -> clicks++);
        stage.setScene(new Scene(b, 200, 100));
        stage.show();
    }

    @Test
    void headlessRobotClicksARealButton(FxRobot robot) {
        robot.clickOn("#step");
        assertThat(clicks).isEqualTo(1);
    }
}
