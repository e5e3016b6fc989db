package fr.dlintro.content;

import java.util.List;

/**
 * The table of contents of the whole book, from {@code lessons/sommaire.yaml}: chapters and
 * their entries — lesson pages, the chapter's quiz, chapter 5's projects — in book order,
 * including entries whose page does not exist yet.
 */
public record Outline(List<Chapter> chapters) {

    public record Chapter(int number, String title, List<Entry> entries) {
    }

    /**
     * @param kind  what the entry opens
     * @param key   the lesson id or quiz section ("2.8"), or the project name ("calculator")
     * @param title the title shown in the table of contents
     */
    public record Entry(Kind kind, String key, String title) {
    }

    public enum Kind { LESSON, QUIZ, PROJECT }
}
