package fr.dlintro.progress;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class AttemptsCsvTest {

    private static QuizAttempt attempt() {
        QuizAttempt a = new QuizAttempt();
        a.quiz = "3.7";
        a.date = "2026-11-25T14:03:07.123+01:00";
        a.score = 13;
        a.total = 15;
        a.seconds = 312;
        QuizAttempt.AnswerRecord r1 = new QuizAttempt.AnswerRecord();
        r1.number = 1;
        r1.selected = List.of("a");
        r1.right = true;
        QuizAttempt.AnswerRecord r2 = new QuizAttempt.AnswerRecord();
        r2.number = 2;
        r2.selected = List.of("b", "c");
        r2.right = false;
        a.answers = List.of(r1, r2);
        return a;
    }

    @Test
    void writesUtf8WithBomSemicolonsAndDecimalComma() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        AttemptsCsv.write(List.of(attempt()), out);
        byte[] bytes = out.toByteArray();
        assertThat(bytes[0] & 0xff).isEqualTo(0xEF);
        assertThat(bytes[1] & 0xff).isEqualTo(0xBB);
        assertThat(bytes[2] & 0xff).isEqualTo(0xBF);
        String[] lines = new String(bytes, StandardCharsets.UTF_8).substring(1).split("\r\n");
        assertThat(lines[0]).isEqualTo("Date;QCM;Type;Score;Total;Pourcentage;Durée (s);Questions manquées;Réponses");
        assertThat(lines[1]).isEqualTo("2026-11-25 14:03:07;3.7;complet;13;15;86,7;312;2;1:a juste | 2:bc faux");
    }

    @Test
    void fieldsHoldingSeparatorsAreQuoted() {
        assertThat(AttemptsCsv.field("a;b")).isEqualTo("\"a;b\"");
        assertThat(AttemptsCsv.field("dit \"non\"")).isEqualTo("\"dit \"\"non\"\"\"");
        assertThat(AttemptsCsv.field("simple")).isEqualTo("simple");
    }
}
