package fr.dlintro.ui.widget.dataloader;

import fr.dlintro.content.widget.WidgetParams;
import fr.dlintro.core.InvalidInputException;
import fr.dlintro.core.data.ImageFolder;
import fr.dlintro.core.data.ImageSet;
import fr.dlintro.ui.widget.Widget;
import fr.dlintro.ui.widget.WidgetContext;
import java.util.concurrent.CompletableFuture;
import javafx.application.Platform;
import javafx.scene.Node;

/**
 * {@code ```widget dataloader}: Fig. 46 on real MNIST digits. The first images of the bundled
 * training set are read once, in the background (a few kilobytes of a 10 MB file), and kept
 * for the next pages that show the widget.
 */
public final class DataloaderWidget implements Widget {
    private static volatile CompletableFuture<ImageSet> pool;

    private final DataloaderModel model;
    private final DataloaderView view;

    private DataloaderWidget(DataloaderModel model, DataloaderView view) {
        this.model = model;
        this.view = view;
    }

    public static Widget create(WidgetParams params, WidgetContext ctx) {
        DataloaderModel model = new DataloaderModel(params.getInt("batch_size"), params.getInt("seed"));
        DataloaderView view = new DataloaderView(model, ctx.palette());
        DataloaderWidget w = new DataloaderWidget(model, view);
        pool().whenComplete((images, error) -> Platform.runLater(() -> {
            if (images != null) {
                model.setPool(images);
            } else {
                view.showError(error.getCause() instanceof InvalidInputException e ? e.getMessage()
                        : "Impossible de lire les images MNIST intégrées.");
            }
        }));
        return w;
    }

    /** The pool, read once on a background thread. */
    static CompletableFuture<ImageSet> pool() {
        CompletableFuture<ImageSet> p = pool;
        if (p == null || p.isCompletedExceptionally()) {
            synchronized (DataloaderWidget.class) {
                p = pool;
                if (p == null || p.isCompletedExceptionally()) {
                    p = CompletableFuture.supplyAsync(() -> ImageFolder.readBundledHead("train", DataloaderModel.POOL));
                    pool = p;
                }
            }
        }
        return p;
    }

    public DataloaderModel model() { return model; }

    @Override
    public Node node() { return view; }

    @Override
    public void dispose() { view.dispose(); }
}
