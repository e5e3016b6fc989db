package fr.dlintro.content.quiz;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.function.Supplier;

/**
 * One attempt at a quiz: which questions (all, or the ones missed last time), in which
 * option order, what the reader chose and whether it was right. Options keep the book's
 * letters unless shuffled for a class; a shuffle re-letters them and keeps options such as
 * « Toutes les réponses précédentes » last.
 */
public final class QuizSession {
    /** An option as shown: the letter on screen and the book's letter it stands for. */
    public record ShownOption(String letter, String bookLetter, String text) {
    }

    /** What the reader answered to one question, in the book's letters. */
    public record Answer(int number, Set<String> selected, boolean right, long millis) {
    }

    private final Quiz quiz;
    private final List<Question> questions;
    private final List<List<ShownOption>> shown = new ArrayList<>();
    private final Map<Integer, Answer> answers = new LinkedHashMap<>();
    private final Supplier<Instant> clock;
    private final Instant started;
    private Instant questionStarted;
    private Instant finished;
    private int index;

    public QuizSession(Quiz quiz, List<Question> questions, boolean shuffle, long seed, Supplier<Instant> clock) {
        if (questions.isEmpty()) {
            throw new IllegalArgumentException("a session needs at least one question");
        }
        this.quiz = quiz;
        this.questions = List.copyOf(questions);
        this.clock = clock;
        Random random = new Random(seed);
        for (Question q : this.questions) {
            shown.add(order(q, shuffle, random));
        }
        this.started = clock.get();
        this.questionStarted = started;
    }

    public static QuizSession all(Quiz quiz, boolean shuffle, long seed) {
        return new QuizSession(quiz, quiz.questions(), shuffle, seed, Instant::now);
    }

    static List<ShownOption> order(Question q, boolean shuffle, Random random) {
        List<Map.Entry<String, String>> entries = new ArrayList<>(q.options().entrySet());
        if (shuffle) {
            List<Map.Entry<String, String>> free = new ArrayList<>();
            List<Map.Entry<String, String>> last = new ArrayList<>();
            for (Map.Entry<String, String> e : entries) {
                (staysLast(e.getValue()) ? last : free).add(e);
            }
            Collections.shuffle(free, random);
            entries = new ArrayList<>(free);
            entries.addAll(last);
        }
        List<ShownOption> out = new ArrayList<>();
        for (int i = 0; i < entries.size(); i++) {
            String letter = shuffle ? String.valueOf((char) ('a' + i)) : entries.get(i).getKey();
            out.add(new ShownOption(letter, entries.get(i).getKey(), entries.get(i).getValue()));
        }
        return List.copyOf(out);
    }

    /** « Toutes les réponses précédentes », « aucune des réponses ci-dessus »: meaningless anywhere but last. */
    static boolean staysLast(String text) {
        String t = text.toLowerCase(Locale.ROOT);
        return t.contains("précédent") || t.contains("ci-dessus") || t.contains("aucune des") || t.contains("toutes les réponses");
    }

    public Quiz quiz() { return quiz; }
    public int size() { return questions.size(); }
    public int index() { return index; }
    public Question current() { return questions.get(index); }
    public List<ShownOption> currentOptions() { return shown.get(index); }
    public boolean isFinished() { return finished != null; }
    public List<Question> questions() { return questions; }

    /** Translates letters shown on screen into the book's letters. */
    public Set<String> toBookLetters(Set<String> shownLetters) {
        Set<String> out = new LinkedHashSet<>();
        for (ShownOption o : currentOptions()) {
            if (shownLetters.contains(o.letter())) {
                out.add(o.bookLetter());
            }
        }
        return out;
    }

    /** The right options of the current question, as shown letters. */
    public Set<String> rightShownLetters() {
        Set<String> out = new LinkedHashSet<>();
        for (ShownOption o : currentOptions()) {
            if (current().answer().contains(o.bookLetter())) {
                out.add(o.letter());
            }
        }
        return out;
    }

    /** Records the answer to the current question (shown letters); answering twice keeps the first. */
    public Answer validate(Set<String> shownLetters) {
        Question q = current();
        Answer existing = answers.get(q.number());
        if (existing != null) {
            return existing;
        }
        Set<String> book = toBookLetters(shownLetters);
        Instant now = clock.get();
        Answer a = new Answer(q.number(), Set.copyOf(book), q.isRight(book), Duration.between(questionStarted, now).toMillis());
        answers.put(q.number(), a);
        return a;
    }

    public boolean isAnswered() {
        return answers.containsKey(current().number());
    }

    /** Moves on; returns false (and finishes) after the last question. */
    public boolean next() {
        if (index + 1 < questions.size()) {
            index++;
            questionStarted = clock.get();
            return true;
        }
        finished = clock.get();
        return false;
    }

    public int score() {
        return (int) answers.values().stream().filter(Answer::right).count();
    }

    public List<Answer> answers() {
        return List.copyOf(answers.values());
    }

    public List<Question> missed() {
        return questions.stream().filter(q -> answers.containsKey(q.number()) && !answers.get(q.number()).right()).toList();
    }

    public Duration elapsed() {
        return Duration.between(started, finished != null ? finished : clock.get());
    }

    public Instant started() {
        return started;
    }
}
