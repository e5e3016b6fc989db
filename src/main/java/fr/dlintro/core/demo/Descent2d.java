package fr.dlintro.core.demo;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Gradient descent on a {@link LossSurface}: (x, y) := (x, y) − α·∇J(x, y), one step at a
 * time, every point kept so a widget can draw the path and step back. A run from the same
 * start and rate is always the same.
 */
public final class Descent2d {
    /** Below this gradient size the point no longer moves visibly: the run has converged. */
    public static final double CONVERGED_GRADIENT = 1e-4;
    /** Beyond this size (or a non-finite value) the run has diverged. */
    public static final double DIVERGED = 1e6;

    /** One point of the path, with the cost and the gradient there. */
    public record Point(double x, double y, double cost, double gradX, double gradY) {
        public double gradientNorm() {
            return Math.hypot(gradX, gradY);
        }
    }

    private final LossSurface surface;
    private final double startX;
    private final double startY;
    private final double learningRate;
    private final List<Point> path = new ArrayList<>();

    public Descent2d(LossSurface surface, double startX, double startY, double learningRate) {
        this.surface = surface;
        this.startX = startX;
        this.startY = startY;
        this.learningRate = learningRate;
        path.add(at(startX, startY));
    }

    private Point at(double x, double y) {
        return new Point(x, y, surface.value(x, y), surface.gradX(x, y), surface.gradY(x, y));
    }

    public Point current() {
        return path.get(path.size() - 1);
    }

    /** Points from the start to the current one; index = iteration. */
    public List<Point> path() {
        return Collections.unmodifiableList(path);
    }

    public int iterations() {
        return path.size() - 1;
    }

    public double learningRate() {
        return learningRate;
    }

    public boolean converged() {
        return current().gradientNorm() < CONVERGED_GRADIENT;
    }

    public boolean diverged() {
        Point p = current();
        return !Double.isFinite(p.cost()) || !Double.isFinite(p.x()) || !Double.isFinite(p.y())
                || Math.abs(p.x()) > DIVERGED || Math.abs(p.y()) > DIVERGED || Math.abs(p.cost()) > DIVERGED;
    }

    /** True when another step would change nothing worth showing. */
    public boolean finished() {
        return converged() || diverged();
    }

    /** One update; does nothing once diverged. Returns the new point. */
    public Point step() {
        if (diverged()) {
            return current();
        }
        Point p = current();
        Point next = at(p.x() - learningRate * p.gradX(), p.y() - learningRate * p.gradY());
        path.add(next);
        return next;
    }

    public boolean stepBack() {
        if (path.size() <= 1) {
            return false;
        }
        path.remove(path.size() - 1);
        return true;
    }

    public void reset() {
        path.subList(1, path.size()).clear();
    }

    public double startX() {
        return startX;
    }

    public double startY() {
        return startY;
    }
}
