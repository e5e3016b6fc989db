package fr.dlintro.ui.widget.imagematrix;

import fr.dlintro.content.widget.WidgetParams;
import fr.dlintro.ui.widget.Widget;
import fr.dlintro.ui.widget.WidgetContext;
import javafx.scene.Node;

/** {@code ```widget image-matrix}: Fig. 6, images as matrices of pixel values. */
public final class ImageMatrixWidget implements Widget {
    private final ImageMatrixModel model;
    private final ImageMatrixView view;

    private ImageMatrixWidget(ImageMatrixModel model, ImageMatrixView view) {
        this.model = model;
        this.view = view;
    }

    public static Widget create(WidgetParams params, WidgetContext ctx) {
        ImageMatrixModel.Mode mode = switch (params.getString("mode")) {
            case "gris" -> ImageMatrixModel.Mode.GRAY;
            case "rvb" -> ImageMatrixModel.Mode.RGB;
            default -> ImageMatrixModel.Mode.BOTH;
        };
        ImageMatrixModel model = new ImageMatrixModel(mode);
        return new ImageMatrixWidget(model, new ImageMatrixView(model, ctx.palette()));
    }

    public ImageMatrixModel model() { return model; }

    @Override
    public Node node() { return view; }

    @Override
    public void dispose() { view.dispose(); }
}
