package fr.dlintro.ui.widget.feedforward;

import java.util.function.DoubleConsumer;
import java.util.function.DoubleSupplier;
import javafx.css.PseudoClass;
import javafx.scene.control.TextField;

/**
 * A text field for one number of the model, typed the French way (« 0,25 ») or the book's
 * (« 0.25 »). Each keystroke that makes a number is sent to the model at once, so everything
 * downstream recomputes while typing; text that is not a number is marked and ignored, and
 * the field shows the model's value again when it loses focus.
 */
final class NumberField extends TextField {
    private static final PseudoClass INVALID = PseudoClass.getPseudoClass("invalid");

    private final DoubleSupplier value;
    private final DoubleConsumer setter;

    NumberField(DoubleSupplier value, DoubleConsumer setter, String accessibleName) {
        this.value = value;
        this.setter = setter;
        getStyleClass().add("ff-number");
        setPrefColumnCount(5);
        setAccessibleText(accessibleName);
        setText(Terms.compact(value.getAsDouble()));
        textProperty().addListener((o, a, text) -> {
            Double typed = Terms.parse(text);
            pseudoClassStateChanged(INVALID, typed == null);
            if (typed != null && (float) typed.doubleValue() != (float) value.getAsDouble()) {
                setter.accept(typed);
            }
        });
        focusedProperty().addListener((o, was, is) -> {
            if (!is) {
                setText(Terms.compact(value.getAsDouble()));
            }
        });
    }

    /** Shows the model's value, unless the reader is typing (that value, or a number not finished yet). */
    void refresh() {
        Double typed = Terms.parse(getText());
        boolean typing = isFocused() && (typed == null || (float) typed.doubleValue() == (float) value.getAsDouble());
        if (!typing) {
            String text = Terms.compact(value.getAsDouble());
            if (!text.equals(getText())) {
                setText(text);
            }
        }
    }
}
