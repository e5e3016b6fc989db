package fr.dlintro.content.quiz;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class QuizSessionTest {
    private final AtomicLong now = new AtomicLong(1_000_000);

    private static Question q(int n, Map<String, String> options, Set<String> answer) {
        return new Question(n, "Question " + n, options, answer, Set.of(), false, "Parce que.", "2.1", n);
    }

    private final Question q1 = q(1, orderedOptions("Oui", "Non", "Peut-être"), Set.of("b"));
    private final Question q2 = q(2, orderedOptions("Un", "Deux", "Trois", "Toutes les réponses précédentes"), Set.of("d"));
    private final Quiz quiz = new Quiz(2, "2.8", "Questions", List.of(q1, q2), "quizzes/2.8.yaml");

    private static Map<String, String> orderedOptions(String... texts) {
        Map<String, String> m = new java.util.LinkedHashMap<>();
        for (int i = 0; i < texts.length; i++) {
            m.put(String.valueOf((char) ('a' + i)), texts[i]);
        }
        return java.util.Collections.unmodifiableMap(m);
    }

    private QuizSession session(boolean shuffle, List<Question> questions) {
        return new QuizSession(quiz, questions, shuffle, 7, () -> Instant.ofEpochMilli(now.get()));
    }

    @Test
    void byDefaultOptionsKeepTheBooksLettersAndOrder() {
        QuizSession s = session(false, quiz.questions());
        assertThat(s.currentOptions()).extracting(QuizSession.ShownOption::letter).containsExactly("a", "b", "c");
        assertThat(s.currentOptions()).extracting(QuizSession.ShownOption::text).containsExactly("Oui", "Non", "Peut-être");
    }

    @Test
    void shufflingReLettersButKeepsAllOfTheAboveLast() {
        for (long seed = 0; seed < 20; seed++) {
            QuizSession s = new QuizSession(quiz, List.of(q2), true, seed, () -> Instant.ofEpochMilli(now.get()));
            List<QuizSession.ShownOption> shown = s.currentOptions();
            assertThat(shown).extracting(QuizSession.ShownOption::letter).containsExactly("a", "b", "c", "d");
            assertThat(shown.get(3).text()).isEqualTo("Toutes les réponses précédentes");
            assertThat(s.rightShownLetters()).containsExactly("d");
        }
    }

    @Test
    void shuffledAnswersAreGradedInTheBooksLetters() {
        QuizSession s = session(true, List.of(q1));
        String shownNon = s.currentOptions().stream().filter(o -> o.text().equals("Non")).findFirst().orElseThrow().letter();
        QuizSession.Answer a = s.validate(Set.of(shownNon));
        assertThat(a.selected()).containsExactly("b");
        assertThat(a.right()).isTrue();
    }

    @Test
    void scoreTimeAndMissedQuestionsAtTheEnd() {
        QuizSession s = session(false, quiz.questions());
        now.addAndGet(4_000);
        assertThat(s.validate(Set.of("a")).right()).isFalse();
        assertThat(s.answers().get(0).millis()).isEqualTo(4_000);
        assertThat(s.next()).isTrue();
        now.addAndGet(6_000);
        assertThat(s.validate(Set.of("d")).right()).isTrue();
        assertThat(s.next()).isFalse();
        assertThat(s.isFinished()).isTrue();
        assertThat(s.score()).isEqualTo(1);
        assertThat(s.elapsed().toSeconds()).isEqualTo(10);
        assertThat(s.missed()).containsExactly(q1);
    }

    @Test
    void answeringTwiceKeepsTheFirstAnswer() {
        QuizSession s = session(false, quiz.questions());
        s.validate(Set.of("a"));
        assertThat(s.validate(Set.of("b")).right()).isFalse();
        assertThat(s.score()).isZero();
    }

    @Test
    void allOfTheAboveIsRecognisedInItsUsualWordings() {
        assertThat(QuizSession.staysLast("Toutes les réponses précédentes")).isTrue();
        assertThat(QuizSession.staysLast("Aucune des réponses ci-dessus")).isTrue();
        assertThat(QuizSession.staysLast("Une fonction non linéaire")).isFalse();
    }
}
