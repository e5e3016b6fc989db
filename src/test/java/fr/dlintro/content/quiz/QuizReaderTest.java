package fr.dlintro.content.quiz;

import static org.assertj.core.api.Assertions.assertThat;

import fr.dlintro.content.Problem;
import java.util.Set;
import org.junit.jupiter.api.Test;

class QuizReaderTest {
    private static final String GOOD = """
            chapter: 4
            section: "4.6"
            title: "Questions — Rétropropagation"
            questions:
              - number: 3
                prompt: "Que représente le gradient ?"
                options: { a: "La direction du minimum", b: "Le pas", c: "La direction de plus forte croissance" }
                answer: [c]
                book_answer: [a]
                explanation: "Le gradient pointe vers la plus forte croissance. [Revoir la section 4.3](#4.3)"
                lesson: "4.3"
              - number: 6
                prompt: "Que fait model.eval() ?"
                options: { a: "x", b: "y", c: "z", d: "t" }
                answer: [d]
                book_answer: [c, d]
                multiple: true
                explanation: "Parce que."
                lesson: "4.4"
              - number: 7
                prompt: "Lesquelles ?"
                options: { a: "x", b: "y", c: "z" }
                answer: [a, c]
                explanation: "Deux."
                lesson: "4.4"
            """;

    @Test
    void readsQuestionsWithCorrectedKeysAndTheBooksKey() {
        QuizReader.Result r = QuizReader.read("quizzes/4.6.yaml", GOOD);
        assertThat(r.problems()).isEmpty();
        Quiz quiz = r.quiz();
        assertThat(quiz.section()).isEqualTo("4.6");
        Question q3 = quiz.question(3).orElseThrow();
        assertThat(q3.answer()).containsExactly("c");
        assertThat(q3.bookAnswer()).containsExactly("a");
        assertThat(q3.letters()).containsExactly("a", "b", "c");
        assertThat(q3.checkboxes()).isFalse();
        assertThat(q3.line()).isEqualTo(5);
    }

    @Test
    void aQuestionIsRightOnlyWhenTheSelectionEqualsTheKey() {
        Quiz quiz = QuizReader.read("q.yaml", GOOD).quiz();
        Question q7 = quiz.question(7).orElseThrow();
        assertThat(q7.checkboxes()).isTrue();
        assertThat(q7.isRight(Set.of("a", "c"))).isTrue();
        assertThat(q7.isRight(Set.of("a"))).isFalse();
        assertThat(q7.isRight(Set.of("a", "b", "c"))).isFalse();
        Question q6 = quiz.question(6).orElseThrow();
        assertThat(q6.checkboxes()).as("the book says several answers; the corrected key has one").isTrue();
        assertThat(q6.isRight(Set.of("d"))).isTrue();
        assertThat(q6.isRight(Set.of("c", "d"))).as("the book's key is no longer right").isFalse();
    }

    @Test
    void schemaMistakesAreNamedWithTheQuestionLine() {
        String bad = """
                chapter: 2
                section: "2.8"
                title: "Q"
                questions:
                  - number: 1
                    prompt: ""
                    options: { a: "x" }
                    answer: [b]
                    explanation: ""
                    lesson: "2.1"
                  - number: 1
                    prompt: "p"
                    options: { a: "x", b: "y", g: "z" }
                    answer: [a]
                    explanation: "e"
                    lesson: "2.1"
                """;
        QuizReader.Result r = QuizReader.read("quizzes/2.8.yaml", bad);
        assertThat(r.quiz()).isNull();
        assertThat(r.problems()).extracting(Problem::toString).containsExactly(
                "quizzes/2.8.yaml:5: question 1 : l'énoncé (« prompt ») est vide",
                "quizzes/2.8.yaml:5: question 1 : l'explication (« explanation ») est vide",
                "quizzes/2.8.yaml:5: question 1 : il faut de 2 à 6 options (reçu : 1)",
                "quizzes/2.8.yaml:5: question 1 : la réponse « b » de « answer » ne fait pas partie des options",
                "quizzes/2.8.yaml:5: question 1 : numéro déjà utilisé",
                "quizzes/2.8.yaml:5: question 1 : lettre d'option invalide « g » (a à f)");
    }

    @Test
    void unreadableYamlIsOneProblemWithItsLine() {
        QuizReader.Result r = QuizReader.read("quizzes/2.8.yaml", "chapter: 2\nquestions:\n  - number: 1\n    prompt: Un: deux\n");
        assertThat(r.problems()).singleElement().satisfies(p -> {
            assertThat(p.line()).isEqualTo(4);
            assertThat(p.reason()).startsWith("QCM illisible");
        });
    }
}
