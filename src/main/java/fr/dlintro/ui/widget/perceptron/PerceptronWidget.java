package fr.dlintro.ui.widget.perceptron;

import fr.dlintro.content.widget.WidgetParams;
import fr.dlintro.ui.widget.Widget;
import fr.dlintro.ui.widget.WidgetContext;
import fr.dlintro.ui.widget.activation.ActivationKind;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import javafx.scene.Node;

/**
 * {@code ```widget perceptron}: Figs. 10–14 and 21. A preset puts the book's values in place;
 * inputs, weights, bias and activation given beside it override them. With neither, the
 * widget opens on Fig. 11 (weights 0,6 / 0,25 / 0,15); inputs without weights get 1/n each.
 */
public final class PerceptronWidget implements Widget {
    private final PerceptronModel model;
    private final PerceptronView view;

    private PerceptronWidget(PerceptronModel model, PerceptronView view) {
        this.model = model;
        this.view = view;
    }

    public static Widget create(WidgetParams params, WidgetContext ctx) {
        PerceptronModel model = model(params);
        return new PerceptronWidget(model, new PerceptronView(model, ctx.palette()));
    }

    static PerceptronModel model(WidgetParams params) {
        Optional<PerceptronPreset> preset = PerceptronPreset.fromKey(params.getString("preset"));
        PerceptronPreset base = preset.orElse(PerceptronPreset.PONDEREE);
        List<Double> inputs = params.has("inputs") ? params.getDoubleList("inputs") : base.inputs();
        List<Double> weights;
        if (params.has("weights")) {
            weights = params.getDoubleList("weights");
        } else if (params.has("inputs") && preset.isEmpty()) {
            weights = Collections.nCopies(inputs.size(), 1.0 / inputs.size());
        } else {
            weights = base.weights();
        }
        if (weights.size() != inputs.size()) {
            throw new IllegalArgumentException("« weights » doit contenir autant de poids que « inputs » a d'entrées ("
                    + inputs.size() + "), reçu : " + weights.size());
        }
        Double bias = params.has("bias") ? Double.valueOf(params.getDouble("bias")) : base.bias();
        ActivationKind activation = params.has("activation")
                ? ActivationKind.fromKey(params.getString("activation")).orElseThrow()
                : base.activation();
        return new PerceptronModel(inputs, weights, bias, activation);
    }

    public PerceptronModel model() { return model; }

    PerceptronView view() { return view; }

    @Override
    public Node node() { return view; }

    @Override
    public void dispose() { view.dispose(); }
}
