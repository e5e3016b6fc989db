package fr.dlintro.ui.project.calculator;

import fr.dlintro.ui.widget.FrenchFormat;
import fr.dlintro.ui.widget.FrenchNumbers;
import java.util.OptionalDouble;
import javafx.beans.property.IntegerProperty;
import javafx.scene.control.Spinner;
import javafx.scene.control.SpinnerValueFactory;
import javafx.util.StringConverter;

/**
 * A whole number of the form: arrows (or ↑/↓) step it, typing « 10 000 » or « 10000 » and
 * Entrée or leaving the field sets it; unreadable text falls back to the current value.
 * Kept in step with a model property both ways.
 */
final class IntegerSpinner extends Spinner<Integer> {

    IntegerSpinner(String id, String accessibleName, IntegerProperty value, int min, int max, int step) {
        SpinnerValueFactory.IntegerSpinnerValueFactory factory =
                new SpinnerValueFactory.IntegerSpinnerValueFactory(min, max, clamp(value.get(), min, max), step);
        factory.setConverter(new StringConverter<>() {
            @Override
            public String toString(Integer v) {
                return v == null ? "" : FrenchFormat.integer(v);
            }

            @Override
            public Integer fromString(String text) {
                OptionalDouble d = FrenchNumbers.parse(text);
                if (d.isEmpty()) {
                    return factory.getValue();
                }
                return clamp((int) Math.max(Integer.MIN_VALUE, Math.min(Integer.MAX_VALUE, Math.round(d.getAsDouble()))),
                        min, max);
            }
        });
        setValueFactory(factory);
        setEditable(true);
        setId(id);
        setAccessibleText(accessibleName);
        getEditor().setAccessibleText(accessibleName);
        getStyleClass().add(Spinner.STYLE_CLASS_SPLIT_ARROWS_HORIZONTAL);
        factory.valueProperty().addListener((o, a, v) -> {
            if (v != null && v != value.get()) {
                value.set(v);
            }
        });
        value.addListener((o, a, v) -> {
            if (factory.getValue() == null || factory.getValue() != v.intValue()) {
                factory.setValue(clamp(v.intValue(), min, max));
            }
        });
        getEditor().focusedProperty().addListener((o, was, focused) -> {
            if (!focused) {
                commitTyped();
            }
        });
    }

    /** Applies what was typed (also called before training, so a value typed without Entrée counts). */
    void commitTyped() {
        String text = getEditor().getText();
        Integer v = getValueFactory().getConverter().fromString(text);
        getValueFactory().setValue(v);
        getEditor().setText(getValueFactory().getConverter().toString(getValueFactory().getValue()));
    }

    private static int clamp(int v, int min, int max) {
        return Math.max(min, Math.min(max, v));
    }
}
