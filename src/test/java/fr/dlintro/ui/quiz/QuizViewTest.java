package fr.dlintro.ui.quiz;

import static org.assertj.core.api.Assertions.assertThat;

import fr.dlintro.content.ContentRoot;
import fr.dlintro.content.quiz.Quiz;
import fr.dlintro.content.quiz.QuizReader;
import fr.dlintro.content.quiz.QuizSession;
import fr.dlintro.ui.lesson.RenderContext;
import fr.dlintro.ui.theme.Palette;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** A three-question quiz driven like a student would: keys, clicks, feedback, end screen. */
@ExtendWith(ApplicationExtension.class)
class QuizViewTest {
    private static final String QUIZ = """
            chapter: 3
            section: "3.7"
            title: "Questions"
            questions:
              - number: 1
                prompt: 'Que vaut $\\sigma(0)$ ?'
                options: { a: "0", b: "0,5", c: "1" }
                answer: [b]
                explanation: "La sigmoïde vaut 1/2 en 0. [Revoir la section 3.2](#3.2)"
                lesson: "3.2"
              - number: 2
                prompt: "Quelles fonctions sont non linéaires ?"
                options: { a: "ReLU", b: "tanh", c: "l'identité", d: "Toutes les réponses précédentes" }
                answer: [a, b]
                explanation: "L'identité est linéaire."
                lesson: "3.2"
              - number: 3
                prompt: "Un MLP a-t-il des couches cachées ?"
                options: { a: "Oui", b: "Non" }
                answer: [a]
                explanation: "Par définition."
                lesson: "3.4"
            """;

    private QuizView view;
    private final List<QuizSession> finished = new ArrayList<>();
    private final List<String> opened = new ArrayList<>();
    private final SimpleBooleanProperty shuffle = new SimpleBooleanProperty(false);
    private final SimpleBooleanProperty hold = new SimpleBooleanProperty(false);

    @Start
    void start(Stage stage) {
        Quiz quiz = QuizReader.read("quizzes/3.7.yaml", QUIZ).quiz();
        RenderContext render = new RenderContext(new ReadOnlyObjectWrapper<>(Palette.lightTheme()).getReadOnlyProperty(),
                ContentRoot.ofRepository(Path.of(".")), url -> { });
        view = new QuizView(quiz, new QuizContext(render, shuffle, hold, opened::add, finished::add));
        stage.setScene(new Scene(view, 900, 700));
        stage.show();
    }

    private String text(FxRobot robot, String id) {
        return robot.lookup(id).queryAs(Label.class).getText();
    }

    @Test
    void aWholeAttemptWithKeysAndClicks(FxRobot robot) {
        assertThat(text(robot, "#quiz-counter")).isEqualTo("Question 1 / 3");
        assertThat(text(robot, "#quiz-hint")).isEqualTo("Une seule réponse");
        assertThat((Object) robot.lookup("#option-a").query()).isInstanceOf(RadioButton.class);
        assertThat(robot.lookup("#validate").queryAs(Button.class).isDisabled()).isTrue();
        assertThat(robot.lookup("#feedback").query().isVisible()).as("no answer shown before answering").isFalse();

        robot.clickOn("#quiz-counter");
        robot.push(KeyCode.B);
        assertThat(robot.lookup("#option-b").queryAs(RadioButton.class).isSelected()).isTrue();
        robot.push(KeyCode.ENTER);
        assertThat(text(robot, "#verdict")).isEqualTo("Bonne réponse !");
        assertThat(robot.lookup("#option-row-b").query().getStyleClass()).contains("option-right");
        robot.clickOn("#review-link");
        assertThat(opened).containsExactly("3.2");
        robot.push(KeyCode.ENTER);

        assertThat(text(robot, "#quiz-counter")).isEqualTo("Question 2 / 3");
        assertThat(text(robot, "#quiz-hint")).isEqualTo("Une ou plusieurs réponses");
        assertThat((Object) robot.lookup("#option-a").query()).isInstanceOf(CheckBox.class);
        robot.clickOn("#option-a");
        robot.clickOn("#validate");
        assertThat(text(robot, "#verdict")).isEqualTo("Mauvaise réponse.");
        assertThat(text(robot, "#right-answer")).isEqualTo("Les bonnes réponses sont a, b.");
        assertThat(robot.lookup("#option-row-b").query().getStyleClass()).contains("option-right");
        robot.clickOn("#next-question");

        robot.clickOn("#option-a");
        robot.clickOn("#validate");
        robot.clickOn("#next-question");

        assertThat(text(robot, "#quiz-score")).isEqualTo("Résultat : 2 / 3");
        assertThat(finished).singleElement().satisfies(s -> assertThat(s.score()).isEqualTo(2));
        assertThat(robot.lookup("#retry-missed").queryAs(Button.class).isDisabled()).isFalse();
        robot.clickOn("#retry-missed");
        assertThat(text(robot, "#quiz-counter")).isEqualTo("Question 1 / 1");
        assertThat(view.session().current().number()).isEqualTo(2);
    }

    @Test
    void inClassVoteModeTheCorrectionWaitsForReveal(FxRobot robot) {
        robot.clickOn("#quiz-hold");
        robot.clickOn("#option-a");
        robot.clickOn("#validate");
        assertThat(robot.lookup("#verdict").tryQuery()).isEmpty();
        assertThat(robot.lookup("#option-row-b").query().getStyleClass()).doesNotContain("option-right");
        robot.clickOn("#reveal");
        assertThat(text(robot, "#verdict")).isEqualTo("Mauvaise réponse.");
        assertThat(robot.lookup("#option-row-b").query().getStyleClass()).contains("option-right");
    }

    @Test
    void shufflingBeforeAnsweringReLettersAndKeepsAllOfTheAboveLast(FxRobot robot) {
        robot.clickOn("#quiz-shuffle");
        assertThat(shuffle.get()).isTrue();
        robot.clickOn("#option-a");
        robot.clickOn("#validate");
        robot.clickOn("#next-question");
        CheckBox last = robot.lookup("#option-d").queryAs(CheckBox.class);
        assertThat(last.getAccessibleText()).isEqualTo("Option d : Toutes les réponses précédentes");
    }
}
