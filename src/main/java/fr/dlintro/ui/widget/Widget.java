package fr.dlintro.ui.widget;

import javafx.scene.Node;

/** A live widget placed in a lesson page: its root node and how to release it. */
public interface Widget {
    Node node();

    /** Removes every listener the view added to long-lived objects (palette, model). */
    default void dispose() {
    }
}
