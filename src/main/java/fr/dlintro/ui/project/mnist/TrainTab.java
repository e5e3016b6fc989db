package fr.dlintro.ui.project.mnist;

import fr.dlintro.ui.theme.Palette;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.scene.layout.VBox;

/** « Entraîner » (5.2.7): placeholder until the shared training runner lands. */
final class TrainTab extends VBox {
    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper(this, "running");

    TrainTab(MnistProjectModel model) {
        setId("mnist-entrainer");
        getStyleClass().add("mnist-tab");
    }

    ReadOnlyBooleanProperty runningProperty() {
        return running.getReadOnlyProperty();
    }

    void palette(Palette p) {
    }

    void dispose() {
    }
}
