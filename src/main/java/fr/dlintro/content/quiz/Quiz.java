package fr.dlintro.content.quiz;

import java.util.List;
import java.util.Optional;

/** A chapter's QCM ("3.7"), read from quizzes/3.7.yaml. */
public record Quiz(int chapter, String section, String title, List<Question> questions, String file) {
    public Optional<Question> question(int number) {
        return questions.stream().filter(q -> q.number() == number).findFirst();
    }
}
