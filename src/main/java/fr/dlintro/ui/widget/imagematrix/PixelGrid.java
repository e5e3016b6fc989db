package fr.dlintro.ui.widget.imagematrix;

import fr.dlintro.ui.theme.Palette;
import java.util.function.BiFunction;
import javafx.beans.property.ObjectProperty;
import javafx.scene.AccessibleRole;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseEvent;
import javafx.scene.paint.Color;

/**
 * An image drawn as an enlarged grid of pixels on a Canvas, crisp at any size. The pointer
 * or the arrow keys (when focused) move a cursor property shared with the model.
 */
final class PixelGrid extends Canvas {
    private final int rows;
    private final int cols;
    private final BiFunction<Integer, Integer, Color> colour;
    private final ObjectProperty<Pixel> cursor;
    private Palette palette;
    private double cell = 20;

    PixelGrid(int rows, int cols, BiFunction<Integer, Integer, Color> colour, ObjectProperty<Pixel> cursor) {
        this.rows = rows;
        this.cols = cols;
        this.colour = colour;
        this.cursor = cursor;
        getStyleClass().add("pixel-grid");
        setFocusTraversable(true);
        setAccessibleRole(AccessibleRole.NODE);
        addEventHandler(MouseEvent.MOUSE_MOVED, e -> cursor.set(at(e.getX(), e.getY())));
        addEventHandler(MouseEvent.MOUSE_PRESSED, e -> requestFocus());
        addEventHandler(MouseEvent.MOUSE_EXITED, e -> {
            if (!isFocusVisible()) {
                cursor.set(null);
            }
        });
        addEventHandler(KeyEvent.KEY_PRESSED, e -> {
            int dr = 0;
            int dc = 0;
            switch (e.getCode()) {
                case UP -> dr = -1;
                case DOWN -> dr = 1;
                case LEFT -> dc = -1;
                case RIGHT -> dc = 1;
                case ESCAPE -> {
                    cursor.set(null);
                    e.consume();
                    return;
                }
                default -> {
                    return;
                }
            }
            cursor.set(ImageMatrixModel.moved(cursor.get(), dr, dc, rows, cols));
            e.consume();
        });
        focusedProperty().addListener((o, a, b) -> {
            if (!b) {
                cursor.set(null);
            }
        });
        focusVisibleProperty().addListener((o, a, b) -> redraw());
        cursor.addListener((o, a, b) -> redraw());
    }

    private Pixel at(double x, double y) {
        int c = (int) Math.floor((x - 2) / cell);
        int r = (int) Math.floor((y - 2) / cell);
        return r >= 0 && r < rows && c >= 0 && c < cols ? new Pixel(r, c) : null;
    }

    /** New cell size in pixels: resizes the canvas, then redraws. */
    void setCell(double cell) {
        this.cell = Math.floor(cell);
        setWidth(cols * this.cell + 4);
        setHeight(rows * this.cell + 4);
        redraw();
    }

    void setPalette(Palette p) {
        this.palette = p;
        redraw();
    }

    /** Centre of a pixel in the canvas's coordinates (for tests and tooltips). */
    double[] centre(Pixel p) {
        return new double[] {2 + (p.col() + 0.5) * cell, 2 + (p.row() + 0.5) * cell};
    }

    void redraw() {
        if (palette == null) {
            return;
        }
        GraphicsContext g = getGraphicsContext2D();
        g.clearRect(0, 0, getWidth(), getHeight());
        for (int r = 0; r < rows; r++) {
            for (int c = 0; c < cols; c++) {
                g.setFill(colour.apply(r, c));
                g.fillRect(2 + c * cell, 2 + r * cell, cell, cell);
            }
        }
        g.setStroke(palette.border());
        g.setLineWidth(1);
        for (int i = 0; i <= cols; i++) {
            double x = Math.round(2 + i * cell) + 0.5;
            g.strokeLine(x, 2, x, 2 + rows * cell);
        }
        for (int i = 0; i <= rows; i++) {
            double y = Math.round(2 + i * cell) + 0.5;
            g.strokeLine(2, y, 2 + cols * cell, y);
        }
        if (isFocusVisible()) {
            g.setStroke(palette.accent());
            g.setLineWidth(2);
            g.setLineDashes(6, 3);
            g.strokeRect(1, 1, cols * cell + 2, rows * cell + 2);
            g.setLineDashes();
        }
        Pixel p = cursor.get();
        if (p != null) {
            // two rings so the cursor shows on dark and light pixels alike
            g.setLineWidth(3);
            g.setStroke(palette.accent());
            g.strokeRect(2 + p.col() * cell + 1.5, 2 + p.row() * cell + 1.5, cell - 3, cell - 3);
            g.setLineWidth(1);
            g.setStroke(palette.background());
            g.strokeRect(2 + p.col() * cell + 3.5, 2 + p.row() * cell + 3.5, cell - 7, cell - 7);
        }
    }
}
