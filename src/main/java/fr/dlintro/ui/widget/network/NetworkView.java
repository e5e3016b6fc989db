package fr.dlintro.ui.widget.network;

import fr.dlintro.ui.theme.Palette;
import fr.dlintro.ui.widget.PaletteFollower;
import fr.dlintro.ui.widget.ShrinkToFit;
import javafx.beans.value.ObservableValue;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;

/** The network diagram with, under it, the pointed neuron's description, the parameter count and the caption. */
public final class NetworkView extends VBox {
    private final PaletteFollower follower;
    private final NetworkDiagram diagram;

    public NetworkView(NetworkModel model, ObservableValue<Palette> palette) {
        getStyleClass().add("network");
        diagram = new NetworkDiagram(model);
        diagram.setId("diagram");

        Label info = new Label();
        info.setId("neuron-info");
        info.getStyleClass().add("caption-text");
        info.setWrapText(true);
        info.textProperty().bind(model.infoProperty());

        Label params = new Label(model.parameterText());
        params.setId("parameter-count");
        params.getStyleClass().add("parameter-count");
        params.setWrapText(true);
        VBox box = new VBox(params, info);
        box.getStyleClass().add("caption-box");
        getChildren().addAll(new ShrinkToFit(diagram), box);

        if (model.caption() != null && !model.caption().isBlank()) {
            Label caption = new Label(model.caption());
            caption.setId("caption");
            caption.getStyleClass().addAll("figure-caption", "muted");
            caption.setWrapText(true);
            getChildren().add(caption);
        }
        follower = new PaletteFollower(palette, this, p -> diagram.setEm(p.fontSize()));
    }

    NetworkDiagram diagram() {
        return diagram;
    }

    public void dispose() {
        follower.dispose();
    }
}
