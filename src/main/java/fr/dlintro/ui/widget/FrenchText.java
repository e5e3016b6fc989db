package fr.dlintro.ui.widget;

import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableValue;
import javafx.scene.control.Labeled;

/**
 * French typography for widget texts that wrap: the space before : ; ? ! » and after « must
 * not break, or a colon can start a line (the lesson renderer applies the same rule).
 */
public final class FrenchText {
    private FrenchText() {
    }

    /** Plain spaces before : ; ? ! » and after « become narrow no-break spaces. */
    public static String keepPunctuationOnItsLine(String s) {
        if (s == null || s.indexOf(' ') < 0) {
            return s;
        }
        return s.replaceAll(" ([:;?!»])", FrenchFormat.THIN_SPACE + "$1").replace("« ", "«" + FrenchFormat.THIN_SPACE);
    }

    /** Sets a wrapping label's text with that typography. */
    public static void set(Labeled label, String text) {
        label.setText(keepPunctuationOnItsLine(text));
    }

    /** Binds a wrapping label's text to a model's text, with that typography. */
    public static void bind(Labeled label, ObservableValue<String> text) {
        label.textProperty().bind(Bindings.createStringBinding(() -> keepPunctuationOnItsLine(text.getValue()), text));
    }
}
