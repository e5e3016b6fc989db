package fr.dlintro.ui.widget;

import java.util.Objects;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.ObservableValue;
import javafx.css.PseudoClass;
import javafx.scene.control.Label;

/**
 * Shows a model's {@link BookCheck}: green « Livre : 3,75 ✓ » when it agrees, an erratum
 * note in a warning box, nothing (not even space) when the widget is off the book's presets.
 */
public final class BookCheckLabel extends Label {
    static final String STYLESHEET =
            Objects.requireNonNull(BookCheckLabel.class.getResource("controls.css")).toExternalForm();
    private static final PseudoClass AGREES = PseudoClass.getPseudoClass("agrees");
    private static final PseudoClass DIFFERS = PseudoClass.getPseudoClass("differs");
    private static final PseudoClass ERRATUM = PseudoClass.getPseudoClass("erratum");

    private final ObservableValue<BookCheck> check;
    private final ChangeListener<BookCheck> listener = (o, a, c) -> show(c);

    public BookCheckLabel(ObservableValue<BookCheck> check) {
        this.check = check;
        getStylesheets().add(STYLESHEET);
        getStyleClass().add("book-check");
        setWrapText(true);
        check.addListener(listener);
        show(check.getValue());
    }

    private void show(BookCheck c) {
        setVisible(c != null);
        setManaged(c != null);
        setText(c == null ? "" : FrenchText.keepPunctuationOnItsLine(c.text()));
        setAccessibleText(c == null ? null : (c.erratum() ? "Note d'erratum : " : "Valeur du livre : ") + c.text());
        pseudoClassStateChanged(AGREES, c != null && !c.erratum() && c.agrees());
        pseudoClassStateChanged(DIFFERS, c != null && !c.erratum() && !c.agrees());
        pseudoClassStateChanged(ERRATUM, c != null && c.erratum());
    }

    public void dispose() {
        check.removeListener(listener);
    }
}
