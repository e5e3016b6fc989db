package fr.dlintro.ui.widget.activation;

import fr.dlintro.content.widget.WidgetParams;
import fr.dlintro.ui.widget.Widget;
import fr.dlintro.ui.widget.WidgetContext;
import javafx.scene.Node;

/** {@code ```widget activation}: Figs. 15–17 (and 38–39 with the derivative on), activation curves. */
public final class ActivationWidget implements Widget {
    private final ActivationModel model;
    private final ActivationView view;

    private ActivationWidget(ActivationModel model, ActivationView view) {
        this.model = model;
        this.view = view;
    }

    public static Widget create(WidgetParams params, WidgetContext ctx) {
        ActivationModel model = new ActivationModel(kind(params.getString("function")), kind(params.getString("compare")),
                params.getBoolean("derivative"), params.getDouble("slope"), params.getDouble("x"));
        return new ActivationWidget(model, new ActivationView(model, ctx.palette()));
    }

    private static ActivationKind kind(String key) {
        return ActivationKind.fromKey(key).orElseThrow(() -> new IllegalArgumentException("fonction inconnue « " + key + " »"));
    }

    public ActivationModel model() { return model; }

    @Override
    public Node node() { return view; }

    @Override
    public void dispose() { view.dispose(); }
}
