package fr.dlintro.ui.widget;

import java.util.Objects;

/**
 * What the book prints beside what the widget computes, so a reader can trust every number
 * on screen: « Livre : 3,75 ✓ » when the computed value rounds to the printed one, or an
 * erratum note where the book is wrong (see ERRATA.md).
 *
 * @param printed the book's value in French notation (« 3,75 »), or the whole note of an erratum
 * @param agrees  whether the computed value, rounded as the book rounds, is the printed one
 * @param erratum whether this is an erratum note rather than a comparison
 */
public record BookCheck(String printed, boolean agrees, boolean erratum) {

    public BookCheck {
        Objects.requireNonNull(printed);
    }

    /**
     * Compares a value printed in the book (as the book writes it: « 3.75 », « 0.98 », « -1.0 »)
     * with the computed one, rounded to as many decimals as the book gives.
     */
    public static BookCheck of(String printedByBook, double computed) {
        int dot = printedByBook.indexOf('.');
        int decimals = dot < 0 ? 0 : printedByBook.length() - dot - 1;
        double book = Double.parseDouble(printedByBook);
        String printed = FrenchFormat.decimal(book, decimals);
        return new BookCheck(printed, printed.equals(FrenchFormat.decimal(computed, decimals)), false);
    }

    /** A place where the book is wrong: the note says what it prints and what is right. */
    public static BookCheck erratum(String note) {
        return new BookCheck(note, false, true);
    }

    /** « 3,75 ✓ », for a column already headed « Livre ». */
    public String shortText() {
        return erratum ? printed : printed + (agrees ? " ✓" : " ✗");
    }

    /** « Livre : 3,75 ✓ », or the erratum note. */
    public String text() {
        return erratum ? printed : "Livre : " + shortText();
    }
}
