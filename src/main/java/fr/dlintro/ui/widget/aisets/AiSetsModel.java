package fr.dlintro.ui.widget.aisets;

import javafx.beans.binding.Bindings;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;

/**
 * State of the sets diagram: which set is highlighted (hovered, focused, or the one the
 * lesson preselected) and the caption that explains it.
 */
public final class AiSetsModel {
    static final String HINT_TITLE = "Les ensembles de l'IA";
    static final String HINT = "Survolez un ensemble, ou parcourez-les avec la touche Tab, pour lire sa définition.";

    private final AiSet resting;
    private final ObjectProperty<AiSet> highlighted = new SimpleObjectProperty<>(this, "highlighted");
    private final ReadOnlyStringWrapper title = new ReadOnlyStringWrapper(this, "title");
    private final ReadOnlyStringWrapper caption = new ReadOnlyStringWrapper(this, "caption");

    /** @param resting the set highlighted when nothing is hovered or focused, or null */
    public AiSetsModel(AiSet resting) {
        this.resting = resting;
        highlighted.set(resting);
        title.bind(Bindings.createStringBinding(
                () -> highlighted.get() == null ? HINT_TITLE : highlighted.get().title(), highlighted));
        caption.bind(Bindings.createStringBinding(
                () -> highlighted.get() == null ? HINT : highlighted.get().definition(), highlighted));
    }

    public void highlight(AiSet set) {
        highlighted.set(set);
    }

    /** Back to the preselected set (or none) once the pointer and focus have left every set. */
    public void release() {
        highlighted.set(resting);
    }

    public AiSet resting() { return resting; }

    public ObjectProperty<AiSet> highlightedProperty() { return highlighted; }

    public AiSet getHighlighted() { return highlighted.get(); }

    public ReadOnlyStringProperty titleProperty() { return title.getReadOnlyProperty(); }

    public ReadOnlyStringProperty captionProperty() { return caption.getReadOnlyProperty(); }
}
