package fr.dlintro.ui.widget.gdworked;

import static org.assertj.core.api.Assertions.assertThat;

import fr.dlintro.ui.widget.WidgetContext;
import fr.dlintro.ui.widget.WidgetHarness;
import java.util.Map;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

@ExtendWith(ApplicationExtension.class)
class GdWorkedWidgetTest {
    private GdWorkedWidget widget;

    @Start
    void start(Stage stage) {
        widget = (GdWorkedWidget) WidgetHarness.build("gd-worked", Map.of(), WidgetContext.standalone());
        WidgetHarness.show(stage, widget, false);
    }

    private TableView<WorkedRow> table(FxRobot robot) {
        @SuppressWarnings("unchecked")
        TableView<WorkedRow> t = robot.lookup("#iterations").queryAs(TableView.class);
        return t;
    }

    @Test
    void etapeAddsTheBookRowsAndTheSixthShowsTheTruncationNote(FxRobot robot) {
        for (int i = 0; i < 6; i++) {
            robot.clickOn("#step");
        }
        assertThat(table(robot).getItems()).hasSize(6);
        assertThat(table(robot).getSelectionModel().getSelectedIndex()).isEqualTo(5);
        String note = robot.lookup("#book-note").queryAs(Label.class).getText();
        assertThat(note).contains("0,1796875").contains("1/6");
    }

    @Test
    void selectingAnEarlierRowShowsItsNumbers(FxRobot robot) {
        robot.clickOn("#step").clickOn("#step").clickOn("#step");
        robot.interact(() -> table(robot).getSelectionModel().select(0));
        assertThat(widget.model().selectedRow().iteration()).isEqualTo(1);
        assertThat(robot.lookup("#book-note").queryAs(Label.class).getText()).isEqualTo("Livre\u202F: 13,5\u202F; 2,0 ✓");
        assertThat(robot.lookup("#details").query().getAccessibleText()).startsWith("Itération 1 : J = 13,5, gradient −20");
    }

    @Test
    void typingARateRecomputesTheShownRows(FxRobot robot) {
        robot.clickOn("#step");
        TextField rate = robot.lookup("#learning-rate-field").queryAs(TextField.class);
        robot.doubleClickOn(rate).write("0,05").type(KeyCode.ENTER);
        assertThat(table(robot).getItems()).hasSize(1);
        assertThat(table(robot).getItems().get(0).wAfter()).isEqualTo(1.0);
        assertThat(robot.lookup("#book-note").queryAs(Label.class).isVisible()).isFalse();
    }

    @Test
    void toutCalculerRevealsTheTwoHundredThirtyThreeIterationsOfTheSecondExample(FxRobot robot) {
        @SuppressWarnings("unchecked")
        ComboBox<WorkedExample> examples = robot.lookup("#example").queryAs(ComboBox.class);
        robot.interact(() -> examples.setValue(WorkedExample.POIDS_ET_BIAIS));
        assertThat(robot.lookup("#start-b").query().isVisible()).isTrue();
        robot.clickOn("#show-all");
        assertThat(table(robot).getItems()).hasSize(233);
        assertThat(robot.lookup("#book-note").queryAs(Label.class).getText()).isEqualTo("Livre\u202F: 0,0\u202F; 1,0\u202F; 1,0 ✓");
        assertThat(robot.lookup("#step").queryButton().isDisabled()).isTrue();
    }
}
