package fr.dlintro.ui.widget.textencoding;

import static org.assertj.core.api.Assertions.assertThat;

import fr.dlintro.ui.widget.WidgetContext;
import fr.dlintro.ui.widget.WidgetHarness;
import java.util.Map;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

@ExtendWith(ApplicationExtension.class)
class TextEncodingWidgetTest {
    private TextEncodingWidget widget;

    @Start
    void start(Stage stage) {
        widget = (TextEncodingWidget) WidgetHarness.build("text-encoding", Map.of("embedding_size", 3),
                WidgetContext.standalone());
        WidgetHarness.show(stage, widget, false);
    }

    private static boolean active(FxRobot robot, String id) {
        Node n = robot.lookup("#" + id).query();
        return n.getPseudoClassStates().stream().anyMatch(p -> p.getPseudoClassName().equals("active"));
    }

    @Test
    void tablesShowOneHotBitsAndEmbeddingsWithADecimalComma(FxRobot robot) {
        assertThat(robot.lookup("#onehot-4-0").queryAs(Label.class).getText()).isEqualTo("1");
        assertThat(robot.lookup("#onehot-4-4").queryAs(Label.class).getText()).isEqualTo("0");
        assertThat(robot.lookup("#embedding-1-2").queryAs(Label.class).getText()).matches("−?\\d,\\d\\d");
        assertThat(robot.lookup("#embedding-0-3").tryQuery()).isEmpty(); // embedding_size 3
    }

    @Test
    void hoveringATokenHighlightsItsRowInEveryStep(FxRobot robot) {
        robot.moveTo("#token-5");
        assertThat(widget.model().highlightedProperty().get()).isEqualTo(5);
        assertThat(active(robot, "onehot-5-4")).isTrue();
        assertThat(active(robot, "embedding-5-0")).isTrue();
        assertThat(active(robot, "vocab-4")).isTrue();
        assertThat(active(robot, "onehot-1-1")).isFalse();

        robot.moveTo("#embedding-1-1");
        assertThat(widget.model().highlightedProperty().get()).isEqualTo(1);
        assertThat(active(robot, "token-1")).isTrue();
        assertThat(active(robot, "token-5")).isFalse();
    }

    @Test
    void typingANewSentenceRebuildsEveryStep(FxRobot robot) {
        robot.clickOn("#sentence");
        robot.interact(() -> robot.lookup("#sentence").queryAs(TextField.class).clear());
        robot.write("Un chien voit un chat.");
        assertThat(widget.model().getEncoding().tokens()).containsExactly("un", "chien", "voit", "un", "chat");
        assertThat(robot.lookup("#token-4").queryAs(Label.class).getText()).isEqualTo("chat");
        assertThat(robot.lookup("#vocab-3").queryAs(Label.class).getText()).isEqualTo("3 : chat");
        assertThat(robot.lookup("#onehot-3-0").queryAs(Label.class).getText()).isEqualTo("1");
        assertThat(robot.lookup("#status").queryAs(Label.class).getText())
                .isEqualTo("5 tokens, 4 mots distincts dans le vocabulaire");
    }

    @Test
    void tabbingToATokenHighlightsItForKeyboardReaders(FxRobot robot) {
        robot.clickOn("#sentence");
        robot.press(KeyCode.TAB).release(KeyCode.TAB);
        assertThat(robot.lookup("#token-0").query().isFocused()).isTrue();
        assertThat(widget.model().highlightedProperty().get()).isZero();
        robot.press(KeyCode.TAB).release(KeyCode.TAB);
        assertThat(widget.model().highlightedProperty().get()).isEqualTo(1);
        assertThat(robot.lookup("#token-1").query().getAccessibleText())
                .isEqualTo("Token 2 : « chat », indice 1 du vocabulaire");
    }
}
