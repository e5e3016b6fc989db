package fr.dlintro.ui.widget.vanishing;

import fr.dlintro.content.widget.WidgetParams;
import fr.dlintro.ui.widget.Widget;
import fr.dlintro.ui.widget.WidgetContext;
import javafx.scene.Node;

/**
 * {@code ```widget vanishing}: Figs. 38–39's argument made measurable, the size of the
 * gradient layer by layer in a deep narrow network (4.4.4).
 */
public final class VanishingWidget implements Widget {
    /** Fixed, so the page shows the same first draw every time. */
    static final long SEED = 42;

    private final VanishingModel model;
    private final VanishingView view;

    private VanishingWidget(VanishingModel model, VanishingView view) {
        this.model = model;
        this.view = view;
    }

    public static Widget create(WidgetParams params, WidgetContext ctx) {
        VanishingModel model = new VanishingModel(params.getInt("depth"),
                VanishingModel.Kind.fromKey(params.getString("activation")), params.getDouble("weight_scale"), SEED);
        return new VanishingWidget(model, new VanishingView(model, ctx.palette()));
    }

    public VanishingModel model() { return model; }

    @Override
    public Node node() { return view; }

    @Override
    public void dispose() { view.dispose(); }
}
