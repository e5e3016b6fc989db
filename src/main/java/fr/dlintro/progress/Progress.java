package fr.dlintro.progress;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

/**
 * What the app remembers for one student: where they stopped, what they read, their
 * settings. Fields a newer version wrote are kept as they are ({@link #extra}) so that
 * opening the file with an older app never loses them.
 */
@JsonIgnoreProperties(ignoreUnknown = false)
public final class Progress {
    public int version = 1;
    public String lastSection;
    public Set<String> readSections = new LinkedHashSet<>();
    public Settings settings = new Settings();
    public java.util.List<QuizAttempt> quizAttempts = new java.util.ArrayList<>();

    /** Best score of full attempts at a quiz, if any. */
    public java.util.Optional<QuizAttempt> best(String quiz) {
        return quizAttempts.stream().filter(a -> quiz.equals(a.quiz) && !a.retry)
                .max(java.util.Comparator.comparingDouble((QuizAttempt a) -> a.total == 0 ? 0 : (double) a.score / a.total));
    }

    private final Map<String, Object> extra = new LinkedHashMap<>();

    @JsonAnySetter
    void keep(String key, Object value) {
        extra.put(key, value);
    }

    @JsonAnyGetter
    Map<String, Object> extra() {
        return extra;
    }

    /** Reader's settings: theme, zoom and the main window's place. */
    public static final class Settings {
        public String theme = "clair";
        public int zoom = 100;
        public Double windowX;
        public Double windowY;
        public double windowWidth = 1280;
        public double windowHeight = 800;
        public boolean maximized;
        /** Shuffle quiz options (for a class); the book's letters otherwise. */
        public boolean shuffleQuiz;
    }
}
