package fr.dlintro.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;

import fr.dlintro.content.ContentRoot;
import fr.dlintro.progress.ProgressStore;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** Chapter 2's QCM taken in the real window, then « Mes résultats »: history, CSV export, reset. */
@ExtendWith(ApplicationExtension.class)
class QuizAndResultsTest {
    @TempDir
    static Path home;
    private MainWindow window;
    private ProgressStore store;
    private Path exported;

    @Start
    void start(Stage stage) throws IOException {
        store = ProgressStore.open(Files.createTempDirectory(home, "p"));
        window = new MainWindow(stage, store, ContentRoot.ofRepository(Path.of(System.getProperty("dlintro.repo", "."))), null);
        exported = Files.createTempDirectory(home, "export").resolve("resultats.csv");
        window.setFileDialogs((owner, title, name, description, pattern) -> Optional.of(exported));
        stage.setWidth(1280);
        stage.setHeight(800);
        stage.show();
    }

    private void answerEveryQuestionWithA(FxRobot robot) {
        robot.interact(() -> assertThat(window.openQuiz("2.8")).isTrue());
        int total = window.quizView().orElseThrow().session().size();
        for (int i = 0; i < total; i++) {
            robot.clickOn("#option-a");
            robot.clickOn("#validate");
            robot.clickOn("#next-question");
        }
    }

    @Test
    void aFinishedQuizIsRecordedShownInTheTocAndExported(FxRobot robot) throws IOException {
        answerEveryQuestionWithA(robot);
        String score = robot.lookup("#quiz-score").queryAs(Label.class).getText();
        assertThat(score).startsWith("Résultat : ").endsWith(" / 11");
        assertThat(store.progress().quizAttempts).singleElement().satisfies(a -> {
            assertThat(a.quiz).isEqualTo("2.8");
            assertThat(a.total).isEqualTo(11);
            assertThat(a.answers).hasSize(11);
        });
        int right = store.progress().quizAttempts.get(0).score;
        assertThat(robot.lookup(".tree-cell").queryAllAs(javafx.scene.control.TreeCell.class))
                .anyMatch(c -> c.getText() != null && c.getText().equals("2.8 Questions · " + right + "/11"));

        robot.clickOn("#results");
        TableView<?> table = robot.lookup("#attempts-table").queryAs(TableView.class);
        assertThat(table.getItems()).hasSize(1);
        assertThat(robot.lookup("#results-chart").tryQuery()).isPresent();
        robot.clickOn("#export-csv");
        String csv = Files.readString(exported, StandardCharsets.UTF_8);
        assertThat(csv).startsWith("\uFEFFDate;QCM;Type;Score;Total;Pourcentage;Durée (s)");
        assertThat(csv).contains(";2.8;complet;" + right + ";11;");
    }

    @Test
    void resettingAsksFirstThenClearsReadSectionsAndAttempts(FxRobot robot) {
        answerEveryQuestionWithA(robot);
        robot.interact(() -> window.openSection("2.1"));
        robot.clickOn("#results");
        robot.clickOn("#reset-progress");
        robot.clickOn("Annuler");
        assertThat(store.progress().quizAttempts).hasSize(1);
        robot.clickOn("#reset-progress");
        robot.clickOn("Réinitialiser");
        assertThat(store.progress().quizAttempts).isEmpty();
        assertThat(store.progress().readSections).isEmpty();
        assertThat(robot.lookup("#export-csv").queryAs(Button.class).isDisabled()).isTrue();
    }

    @Test
    void aWholeQuizAnsweredRightWithTheKeyboardScoresFullMarks(FxRobot robot) {
        robot.interact(() -> assertThat(window.openQuiz("2.8")).isTrue());
        var session = window.quizView().orElseThrow().session();
        int total = session.size();
        for (int i = 0; i < total; i++) {
            robot.interact(() -> window.quizView().orElseThrow().requestFocus());
            for (String letter : session.rightShownLetters()) {
                robot.push(javafx.scene.input.KeyCode.getKeyCode(letter.toUpperCase()));
            }
            robot.push(javafx.scene.input.KeyCode.ENTER);
            robot.push(javafx.scene.input.KeyCode.ENTER);
        }
        assertThat(robot.lookup("#quiz-score").queryAs(Label.class).getText()).isEqualTo("Résultat : 11 / 11");
        assertThat(store.progress().quizAttempts).singleElement().satisfies(a -> {
            assertThat(a.score).isEqualTo(11);
            assertThat(a.answers).allMatch(r -> r.right);
        });
        assertThat(ProgressStore.open(store.folder()).progress().quizAttempts).hasSize(1);
    }
}
