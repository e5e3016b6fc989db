package fr.dlintro.ui.widget;

import java.util.OptionalDouble;
import java.util.function.DoubleFunction;
import javafx.beans.property.DoubleProperty;
import javafx.beans.value.ChangeListener;
import javafx.css.PseudoClass;
import javafx.scene.control.Label;
import javafx.scene.control.Slider;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;

/**
 * One number of a model, editable two ways: a slider for exploring (its moves are rounded to
 * {@code step}, so dragging gives 0,25 and not 0,2513) and a field for typing an exact value
 * (« −0,5 », « 0.5 », « 1/3 »; Entrée or leaving the field applies it, Échap cancels). A typed
 * value may lie outside the slider's range, within the wider typed range; the slider then
 * rests at its end. Ids: the row's id, then {@code id-slider} and {@code id-field}.
 */
public final class NumberSlider extends HBox {
    private static final PseudoClass INVALID = PseudoClass.getPseudoClass("invalid");

    /** Slider bounds, rounding step of slider moves, and the wider bounds allowed when typing. */
    public record Range(double min, double max, double step, double typedMin, double typedMax) {
        public Range(double min, double max, double step) {
            this(min, max, step, min, max);
        }
    }

    private final DoubleProperty value;
    private final Range range;
    private final DoubleFunction<String> format;
    private final Label label = new Label();
    private final Slider slider;
    private final TextField field = new TextField();
    private final ChangeListener<Number> modelListener = (o, a, v) -> showValue();
    private boolean syncing;
    private boolean edited; // the reader typed since the field last showed the value

    public NumberSlider(String id, String labelText, String accessibleName, DoubleProperty value, Range range,
            DoubleFunction<String> format) {
        this.value = value;
        this.range = range;
        this.format = format;
        getStylesheets().add(BookCheckLabel.STYLESHEET);
        getStyleClass().add("number-slider");
        setId(id);

        slider = new Slider(range.min(), range.max(), clamp(value.get()));
        slider.setId(id + "-slider");
        slider.setBlockIncrement(range.step());
        slider.setAccessibleText(accessibleName);
        slider.setMinWidth(Region.USE_PREF_SIZE);
        slider.getStyleClass().add("number-slider-slider");
        HBox.setHgrow(slider, Priority.ALWAYS);
        slider.valueProperty().addListener((o, a, v) -> {
            if (!syncing) {
                value.set(round(v.doubleValue()));
            }
        });

        field.setId(id + "-field");
        field.setAccessibleText(accessibleName + " (saisie)");
        field.setPrefColumnCount(5);
        field.getStyleClass().add("number-slider-field");
        field.textProperty().addListener((o, a, t) -> edited |= !syncing);
        field.setOnAction(e -> commit());
        field.focusedProperty().addListener((o, was, is) -> {
            if (!is && edited && !commit()) {
                showValue();
            }
        });
        field.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ESCAPE) {
                showValue();
                e.consume();
            }
        });
        double example = range.typedMin() < 0 ? -5 * range.step() : range.min() + 10 * range.step();
        Tooltip help = new Tooltip("Tapez un nombre entre " + format.apply(range.typedMin()) + " et "
                + format.apply(range.typedMax()) + ", par exemple " + format.apply(example) + ", puis Entrée");
        field.setTooltip(help);

        label.setText(labelText);
        label.setLabelFor(slider);
        label.getStyleClass().add("number-slider-label");
        label.setMinWidth(Region.USE_PREF_SIZE);
        if (labelText == null || labelText.isEmpty()) {
            getChildren().addAll(slider, field);
        } else {
            getChildren().addAll(label, slider, field);
        }
        value.addListener(modelListener);
        showValue();
    }

    private double clamp(double v) {
        return Math.max(range.min(), Math.min(range.max(), v));
    }

    private double round(double v) {
        double r = Math.round(v / range.step()) * range.step();
        return Math.round(r * 1e9) / 1e9; // 0.15000000000000002 → 0.15
    }

    /**
     * Applies the field's text; false (and the field marked invalid) when it is not an allowed
     * number. Only typed text is applied: leaving a field untouched keeps 1/3 exact rather than
     * the « 0,333 » it shows.
     */
    private boolean commit() {
        if (!edited) {
            return true;
        }
        OptionalDouble parsed = FrenchNumbers.parse(field.getText());
        boolean ok = parsed.isPresent() && parsed.getAsDouble() >= range.typedMin()
                && parsed.getAsDouble() <= range.typedMax();
        field.pseudoClassStateChanged(INVALID, !ok);
        field.setAccessibleHelp(ok ? null : "Valeur refusée : nombre attendu entre " + format.apply(range.typedMin())
                + " et " + format.apply(range.typedMax()));
        if (ok) {
            value.set(parsed.getAsDouble());
            showValue();
        }
        return ok;
    }

    private void showValue() {
        syncing = true;
        try {
            slider.setValue(clamp(value.get()));
            field.setText(format.apply(value.get()));
            field.pseudoClassStateChanged(INVALID, false);
            field.setAccessibleHelp(null);
            edited = false;
        } finally {
            syncing = false;
        }
    }

    public Label label() { return label; }

    public Slider slider() { return slider; }

    public TextField field() { return field; }

    /** Stops following the model's property (the model may outlive this row). */
    public void dispose() {
        value.removeListener(modelListener);
    }
}
