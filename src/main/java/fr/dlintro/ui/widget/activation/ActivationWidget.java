package fr.dlintro.ui.widget.activation;

import fr.dlintro.content.widget.WidgetParams;
import fr.dlintro.ui.widget.Widget;
import fr.dlintro.ui.widget.WidgetContext;
import javafx.scene.Node;

/**
 * {@code ```widget activation}: Figs. 15–17 (and 38–39 with the derivative on), activation
 * curves. Without a « slope » parameter, PReLU shown without Leaky ReLU starts from
 * PyTorch's initial value 0,25 (the book's {@code nn.PReLU(init=0.25)}); otherwise the
 * slope is Leaky ReLU's default, 0,01.
 */
public final class ActivationWidget implements Widget {
    private final ActivationModel model;
    private final ActivationView view;

    private ActivationWidget(ActivationModel model, ActivationView view) {
        this.model = model;
        this.view = view;
    }

    public static Widget create(WidgetParams params, WidgetContext ctx) {
        ActivationModel model = model(params);
        return new ActivationWidget(model, new ActivationView(model, ctx.palette()));
    }

    static ActivationModel model(WidgetParams params) {
        ActivationKind function = kind(params.getString("function"));
        ActivationKind compare = kind(params.getString("compare"));
        boolean prelu = function == ActivationKind.PRELU || compare == ActivationKind.PRELU;
        boolean leaky = function == ActivationKind.LEAKY_RELU || compare == ActivationKind.LEAKY_RELU;
        double slope = params.has("slope") || !prelu || leaky ? params.getDouble("slope") : PRELU_INIT;
        return new ActivationModel(function, compare, params.getBoolean("derivative"), slope, params.getDouble("x"));
    }

    /** {@code nn.PReLU(num_parameters=1, init=0.25)}, as in the book's code (3.2.5). */
    static final double PRELU_INIT = 0.25;

    private static ActivationKind kind(String key) {
        return ActivationKind.fromKey(key).orElseThrow(() -> new IllegalArgumentException("fonction inconnue « " + key + " »"));
    }

    public ActivationModel model() { return model; }

    @Override
    public Node node() { return view; }

    @Override
    public void dispose() { view.dispose(); }
}
