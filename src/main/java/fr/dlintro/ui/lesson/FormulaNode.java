package fr.dlintro.ui.lesson;

import java.awt.Insets;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import org.jfree.fx.FXGraphics2D;
import org.scilab.forge.jlatexmath.TeXConstants;
import org.scilab.forge.jlatexmath.TeXFormula;
import org.scilab.forge.jlatexmath.TeXIcon;

/**
 * A formula drawn as vectors by JLaTeXMath on a Canvas (crisp at any zoom, unlike a
 * bitmap). Its baseline is the formula's, so an inline formula sits on the line of text
 * around it in a TextFlow.
 */
public final class FormulaNode extends Canvas {
    private final TeXFormula formula;
    private final boolean display;
    private double size;
    private Color color;
    private double baseline;

    /**
     * @param formula a parsed formula (parse with {@code new TeXFormula(latex)}; it throws on bad LaTeX)
     * @param size    font size in pixels (the text's size around it)
     */
    public FormulaNode(TeXFormula formula, boolean display, double size, Color color) {
        this.formula = formula;
        this.display = display;
        this.size = size;
        this.color = color;
        getStyleClass().add(display ? "formula-display" : "formula-inline");
        if (MathFonts.isReady()) {
            redraw();
        } else {
            layout(icon());
            MathFonts.load().thenRun(() -> javafx.application.Platform.runLater(this::redraw));
        }
    }

    public void setStyle(double size, Color color) {
        if (size != this.size || !color.equals(this.color)) {
            this.size = size;
            this.color = color;
            redraw();
        }
    }

    private TeXIcon icon() {
        TeXIcon icon = formula.createTeXIcon(display ? TeXConstants.STYLE_DISPLAY : TeXConstants.STYLE_TEXT, (float) size);
        icon.setInsets(new Insets(1, 1, 1, 1));
        icon.setForeground(new java.awt.Color((float) color.getRed(), (float) color.getGreen(), (float) color.getBlue()));
        return icon;
    }

    private void layout(TeXIcon icon) {
        setWidth(icon.getIconWidth());
        setHeight(icon.getIconHeight());
        baseline = icon.getIconHeight() - icon.getIconDepth() - 1;
    }

    private void redraw() {
        TeXIcon icon = icon();
        layout(icon);
        GraphicsContext gc = getGraphicsContext2D();
        gc.clearRect(0, 0, getWidth(), getHeight());
        FXGraphics2D g2 = new FXGraphics2D(gc);
        icon.paintIcon(null, g2, 0, 0);
        g2.dispose();
    }

    @Override
    public double getBaselineOffset() {
        return baseline;
    }
}
