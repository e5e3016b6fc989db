package fr.dlintro.ui.quiz;

import fr.dlintro.content.quiz.QuizSession;
import fr.dlintro.ui.lesson.RenderContext;
import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;

/**
 * What a quiz view needs from the window: how to render Markdown, the reader's shuffle
 * setting, whether feedback waits for « Révéler » (class vote), where a « Revoir la
 * section » link goes, and who records a finished attempt.
 */
public record QuizContext(RenderContext render, BooleanProperty shuffle, BooleanProperty holdFeedback,
                          Consumer<String> openLesson, Consumer<QuizSession> onFinished) {
}
