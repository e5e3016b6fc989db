package fr.dlintro.ui.project;

import java.util.List;
import javafx.scene.Node;

/**
 * A chapter 5 project (calculator, MNIST) shown in the centre of the main window. One view
 * per project lives as long as the window, so a training run goes on while the reader
 * visits other sections and is still on screen when they come back.
 */
public interface ProjectView {
    /** The node placed in the centre of the window. */
    Node node();

    /** The tab keys accepted by {@code --tab} (« donnees », « entrainer »…), in display order. */
    List<String> tabs();

    /** Shows the tab named {@code key}; false when there is no such tab. */
    boolean showTab(String key);

    /** Stops any training and releases listeners on long-lived objects (window closing). */
    void dispose();
}
