package fr.dlintro.ui.widget;

import static org.assertj.core.api.Assertions.assertThat;

import fr.dlintro.ui.theme.Palette;
import java.util.List;
import java.util.Map;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Labeled;
import javafx.scene.control.OverrunStyle;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Every widget of chapter 2, in each theme and at presentation size, fits the lesson column
 * and shows no truncated text (« … » added by an overrun).
 */
@ExtendWith(ApplicationExtension.class)
class AllWidgetsFitTest {
    private static final Map<String, Map<String, Object>> PARAMS = Map.of(
            "ai-sets", Map.of(),
            "network", Map.of("layers", List.of(784, 40, 40, 40, 40, 40, 10)),
            "image-matrix", Map.of(),
            "text-encoding", Map.of("embedding_size", 8),
            "clustering", Map.of());

    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
    }

    @Test
    void everyWidgetFitsTheColumnWithoutTruncatedTextInEveryTheme(FxRobot robot) {
        for (Palette p : List.of(Palette.lightTheme(), Palette.darkTheme(), Palette.projectionTheme(),
                Palette.lightTheme().withFontSize(21))) {
            for (Map.Entry<String, Map<String, Object>> e : PARAMS.entrySet()) {
                Widget[] w = new Widget[1];
                robot.interact(() -> {
                    w[0] = WidgetHarness.build(e.getKey(), e.getValue(), WidgetHarness.context(p));
                    WidgetHarness.show(stage, w[0], p.isDark());
                });
                WaitForAsyncUtils.waitForFxEvents();
                String where = e.getKey() + " (" + p.themeName() + ", " + p.fontSize() + " px)";
                Bounds b = w[0].node().localToScene(w[0].node().getBoundsInLocal());
                if (p.fontSize() == 14) {
                    // the lesson column's budget for a widget at 100 %
                    assertThat(b.getHeight()).as(where + " height").isBetween(260.0, 460.0);
                }
                assertThat(b.getMaxX()).as(where + " right edge").isLessThanOrEqualTo(WidgetHarness.COLUMN_WIDTH + 1);

                assertNoTruncatedText(w[0].node(), where);
                robot.interact(w[0]::dispose);
            }
        }
    }

    @Test
    void aLongSentenceWithTheLargestEmbeddingStillFitsAtPresentationSize(FxRobot robot) {
        Widget[] w = new Widget[1];
        robot.interact(() -> {
            w[0] = WidgetHarness.build("text-encoding", Map.of("sentence",
                    "L'apprentissage profond apprend lui-même ses propres caractéristiques à partir des données brutes",
                    "embedding_size", 8), WidgetHarness.context(Palette.lightTheme().withFontSize(21)));
            WidgetHarness.show(stage, w[0], false);
        });
        WaitForAsyncUtils.waitForFxEvents();
        Bounds b = w[0].node().localToScene(w[0].node().getBoundsInLocal());
        assertThat(b.getMaxX()).isLessThanOrEqualTo(WidgetHarness.COLUMN_WIDTH + 1);
        assertNoTruncatedText(w[0].node(), "text-encoding, phrase longue");
    }

    static void assertNoTruncatedText(Node n, String where) {
        if (n instanceof Labeled l && l.isVisible() && l.getText() != null && !l.getText().isEmpty()) {
            assertThat(l.getTextOverrun()).isNotNull();
            javafx.scene.text.Text shown = (javafx.scene.text.Text) l.lookup(".text");
            if (shown != null && l.getTextOverrun() != OverrunStyle.CLIP) {
                assertThat(shown.getText()).as(where + " label « " + l.getText() + " » is truncated")
                        .isEqualTo(l.getText());
            }
        }
        if (n instanceof Parent parent) {
            for (Node child : parent.getChildrenUnmodifiable()) {
                assertNoTruncatedText(child, where);
            }
        }
    }
}
