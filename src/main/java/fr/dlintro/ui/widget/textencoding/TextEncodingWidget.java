package fr.dlintro.ui.widget.textencoding;

import fr.dlintro.content.widget.WidgetParams;
import fr.dlintro.ui.widget.Widget;
import fr.dlintro.ui.widget.WidgetContext;
import javafx.scene.Node;

/** {@code ```widget text-encoding}: Fig. 7, a sentence → tokens → one-hot → embeddings. */
public final class TextEncodingWidget implements Widget {
    private final TextEncodingModel model;
    private final TextEncodingView view;

    private TextEncodingWidget(TextEncodingModel model, TextEncodingView view) {
        this.model = model;
        this.view = view;
    }

    public static Widget create(WidgetParams params, WidgetContext ctx) {
        TextEncodingModel model = new TextEncodingModel(params.getString("sentence"), params.getInt("embedding_size"));
        return new TextEncodingWidget(model, new TextEncodingView(model, ctx.palette()));
    }

    public TextEncodingModel model() { return model; }

    @Override
    public Node node() { return view; }

    @Override
    public void dispose() { view.dispose(); }
}
