package fr.dlintro.ui.widget.backprop;

import fr.dlintro.ui.widget.FrenchNumbers;
import fr.dlintro.ui.widget.SignificantNumbers;
import java.util.OptionalDouble;
import java.util.function.DoubleConsumer;
import java.util.function.DoubleSupplier;
import javafx.css.PseudoClass;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;

/**
 * A number of the network typed in place (« 0,5 », « -0.6 », « 1/3 »): Entrée or leaving the
 * field applies it, Échap cancels; text that is not a number is marked and not applied.
 */
final class ParameterField extends TextField {
    private static final PseudoClass INVALID = PseudoClass.getPseudoClass("invalid");

    private final DoubleSupplier value;
    private final DoubleConsumer setter;
    private final int digits;
    private boolean edited;
    private boolean syncing;

    ParameterField(String id, String accessibleName, DoubleSupplier value, DoubleConsumer setter, int digits) {
        this.value = value;
        this.setter = setter;
        this.digits = digits;
        setId(id);
        getStyleClass().add("bp-field");
        setPrefColumnCount(4);
        setAccessibleText(accessibleName);
        setTooltip(new Tooltip(accessibleName + " : tapez un nombre, puis Entrée"));
        textProperty().addListener((o, a, t) -> edited |= !syncing);
        setOnAction(e -> commit());
        focusedProperty().addListener((o, was, is) -> {
            if (!is && edited && !commit()) {
                refresh();
            }
        });
        setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ESCAPE) {
                refresh();
                e.consume();
            }
        });
        refresh();
    }

    private boolean commit() {
        OptionalDouble typed = FrenchNumbers.parse(getText());
        pseudoClassStateChanged(INVALID, typed.isEmpty());
        if (typed.isEmpty()) {
            return false;
        }
        edited = false;
        setter.accept(typed.getAsDouble());
        refresh();
        return true;
    }

    /** Shows the model's value, unless the reader is typing. */
    void refresh() {
        if (edited && isFocused()) {
            return;
        }
        syncing = true;
        setText(SignificantNumbers.format(value.getAsDouble(), digits));
        pseudoClassStateChanged(INVALID, false);
        edited = false;
        syncing = false;
    }
}
