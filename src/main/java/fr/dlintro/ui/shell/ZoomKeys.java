package fr.dlintro.ui.shell;

import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;

/**
 * Which key presses mean zoom in, out or reset, whatever the keyboard: on AZERTY "+" is
 * Shift+= and "0" is Shift+à, and the numeric keypad has its own codes.
 */
final class ZoomKeys {
    private ZoomKeys() {
    }

    static boolean isZoomIn(KeyEvent e) {
        KeyCode c = e.getCode();
        return c == KeyCode.PLUS || c == KeyCode.ADD || c == KeyCode.EQUALS || "+".equals(e.getText()) || "=".equals(e.getText());
    }

    static boolean isZoomOut(KeyEvent e) {
        KeyCode c = e.getCode();
        return c == KeyCode.MINUS || c == KeyCode.SUBTRACT || "-".equals(e.getText());
    }

    static boolean isZoomReset(KeyEvent e) {
        KeyCode c = e.getCode();
        return c == KeyCode.DIGIT0 || c == KeyCode.NUMPAD0 || "0".equals(e.getText()) || "à".equals(e.getText());
    }
}
