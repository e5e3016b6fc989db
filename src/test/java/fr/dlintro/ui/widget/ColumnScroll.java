package fr.dlintro.ui.widget;

import javafx.scene.Node;
import javafx.scene.control.ScrollPane;
import org.testfx.api.FxRobot;

/** For widgets taller than the test window: scroll the lesson column to a node before the robot touches it. */
public final class ColumnScroll {
    private ColumnScroll() {
    }

    /** Scrolls the enclosing ScrollPane so the node with this id is near the top of the view. */
    public static void reveal(FxRobot robot, String id) {
        Node node = robot.lookup("#" + id).query();
        robot.interact(() -> {
            Node p = node.getParent();
            while (p != null && !(p instanceof ScrollPane)) {
                p = p.getParent();
            }
            if (p == null) {
                return;
            }
            ScrollPane scroll = (ScrollPane) p;
            Node content = scroll.getContent();
            double y = content.sceneToLocal(node.localToScene(0, 0)).getY();
            double room = content.getBoundsInLocal().getHeight() - scroll.getViewportBounds().getHeight();
            scroll.setVvalue(room <= 0 ? 0 : Math.max(0, Math.min(1, (y - 40) / room)));
        });
    }

    /**
     * The rightmost edge, in scene coordinates, of the layout box of any control or pane
     * under {@code root} (text glyphs may overhang their label by a pixel; boxes may not).
     */
    public static double rightmostBox(Node root) {
        double right = root.localToScene(root.getLayoutBounds()).getMaxX();
        if (root instanceof javafx.scene.Parent p) {
            for (Node child : p.getChildrenUnmodifiable()) {
                if (child instanceof javafx.scene.layout.Region || child instanceof javafx.scene.canvas.Canvas) {
                    right = Math.max(right, rightmostBox(child));
                }
            }
        }
        return right;
    }

    /** Reveals the node, then clicks it like a reader would. */
    public static void click(FxRobot robot, String id) {
        reveal(robot, id);
        robot.clickOn("#" + id);
    }
}
