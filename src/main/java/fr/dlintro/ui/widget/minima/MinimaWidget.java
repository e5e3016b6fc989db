package fr.dlintro.ui.widget.minima;

import fr.dlintro.content.widget.WidgetParams;
import fr.dlintro.ui.widget.Widget;
import fr.dlintro.ui.widget.WidgetContext;
import javafx.scene.Node;

/** {@code ```widget minima}: Fig. 30–31, local minima and a plateau; where descent lands depends on the start. */
public final class MinimaWidget implements Widget {
    private final MinimaModel model;
    private final MinimaView view;

    private MinimaWidget(MinimaModel model, MinimaView view) {
        this.model = model;
        this.view = view;
    }

    public static Widget create(WidgetParams params, WidgetContext ctx) {
        MinimaModel model = new MinimaModel(MinimaModel.Start.GAUCHE.w, params.getBoolean("basins"));
        return new MinimaWidget(model, new MinimaView(model, ctx.palette()));
    }

    public MinimaModel model() { return model; }

    @Override
    public Node node() { return view; }

    @Override
    public void dispose() { view.dispose(); }
}
