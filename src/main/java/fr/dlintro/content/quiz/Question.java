package fr.dlintro.content.quiz;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One QCM question as the book numbers it.
 *
 * @param options     letter → text (Markdown with math), in the book's order
 * @param answer      the right letters (corrected where ERRATA says so)
 * @param bookAnswer  the book's key when it differs from {@code answer}, else empty
 * @param multiple    checkboxes and « une ou plusieurs réponses »
 * @param lesson      the section the question revisits
 * @param line        1-based line of the question in its file
 */
public record Question(int number, String prompt, Map<String, String> options, Set<String> answer,
                       Set<String> bookAnswer, boolean multiple, String explanation, String lesson, int line) {

    /** Right when the selection equals the key exactly (no partial credit). */
    public boolean isRight(Set<String> selection) {
        return answer.equals(selection);
    }

    public List<String> letters() {
        return List.copyOf(options.keySet());
    }

    /** Whether the view shows checkboxes: several right letters, or the book says several may be. */
    public boolean checkboxes() {
        return multiple || answer.size() > 1;
    }
}
