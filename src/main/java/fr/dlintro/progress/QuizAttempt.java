package fr.dlintro.progress;

import java.util.ArrayList;
import java.util.List;

/** One finished attempt at a chapter's quiz, as stored in the progress file. */
public final class QuizAttempt {
    /** The quiz's section, e.g. "3.7". */
    public String quiz;
    /** ISO-8601 date and time the attempt started (local time with offset). */
    public String date;
    public int score;
    public int total;
    public long seconds;
    /** True when only the previously missed questions were asked. */
    public boolean retry;
    public List<AnswerRecord> answers = new ArrayList<>();

    /** The answer to one question, in the book's letters. */
    public static final class AnswerRecord {
        public int number;
        public List<String> selected = new ArrayList<>();
        public boolean right;
        public long millis;
    }
}
