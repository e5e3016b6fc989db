package fr.dlintro.content.quiz;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/** The four QCM of the repository: counts, numbering, and the keys ERRATA corrects. */
class RepoQuizzesTest {
    private static Quiz load(String section) throws IOException {
        Path file = Path.of(System.getProperty("dlintro.repo", "."), "quizzes", section + ".yaml");
        QuizReader.Result r = QuizReader.read("quizzes/" + section + ".yaml", Files.readString(file));
        assertThat(r.problems()).isEmpty();
        return r.quiz();
    }

    @Test
    void fiftyNineQuestionsNumberedAsInTheBook() throws IOException {
        Map<String, Integer> counts = new TreeMap<>();
        for (String s : new String[] {"2.8", "3.7", "4.6", "5.4"}) {
            Quiz q = load(s);
            counts.put(s, q.questions().size());
            for (int i = 0; i < q.questions().size(); i++) {
                assertThat(q.questions().get(i).number()).isEqualTo(i + 1);
            }
        }
        assertThat(counts).containsExactly(Map.entry("2.8", 11), Map.entry("3.7", 15), Map.entry("4.6", 16), Map.entry("5.4", 17));
    }

    @Test
    void theGradientQuestionHasTheCorrectedKeyAndRecordsTheBooks() throws IOException {
        Question q3 = load("4.6").question(3).orElseThrow();
        assertThat(q3.answer()).containsExactly("c");
        assertThat(q3.bookAnswer()).containsExactly("a");
        assertThat(q3.explanation()).contains("Note de l'édition interactive");
    }

    @Test
    void modelEvalIsOneRightAnswerStillAskedWithCheckboxes() throws IOException {
        Question q6 = load("5.4").question(6).orElseThrow();
        assertThat(q6.answer()).containsExactly("d");
        assertThat(q6.bookAnswer()).containsExactlyInAnyOrder("c", "d");
        assertThat(q6.checkboxes()).isTrue();
        assertThat(q6.isRight(Set.of("c", "d"))).isFalse();
    }

    @Test
    void theBooksMultipleAnswerQuestionsAreMultiple() throws IOException {
        Quiz q = load("5.4");
        assertThat(q.question(2).orElseThrow().answer()).containsExactlyInAnyOrder("a", "b", "c");
        assertThat(q.question(5).orElseThrow().answer()).containsExactlyInAnyOrder("a", "c");
    }

    @Test
    void theBiasedPerceptronQuestionShowsTheRightNumbers() throws IOException {
        Question q13 = load("3.7").question(13).orElseThrow();
        assertThat(q13.answer()).containsExactly("a");
        assertThat(q13.options().get("a")).contains("= -1{,}0").doesNotContain("0{,}9");
        assertThat(q13.options().get("b")).contains("= -0{,}11").doesNotContain("0{,}09");
        assertThat(q13.explanation()).contains("Note de l'édition interactive");
    }

    @Test
    void noPromptGivesItsAnswerAway() throws IOException {
        for (String s : new String[] {"2.8", "3.7", "4.6", "5.4"}) {
            for (Question q : load(s).questions()) {
                assertThat(q.prompt().toLowerCase()).as(s + " Q" + q.number()).doesNotContain("réponse :").doesNotContain("correction");
            }
        }
    }
}
