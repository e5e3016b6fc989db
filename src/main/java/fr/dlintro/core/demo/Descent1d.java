package fr.dlintro.core.demo;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Gradient descent on a {@link LossCurve}: W := W − α·J′(W), one step at a time, every point
 * kept so a widget can list the iterates and step back. The same start and rate always give
 * the same run.
 */
public final class Descent1d {
    /** Below this slope the point no longer moves visibly: converged. */
    public static final double CONVERGED_SLOPE = 1e-4;
    /** Beyond this size (or a non-finite value) the run has diverged. */
    public static final double DIVERGED = 1e6;

    /** One iterate with its cost and slope. */
    public record Point(int iteration, double w, double cost, double slope) {
    }

    private final LossCurve curve;
    private final double learningRate;
    private final List<Point> path = new ArrayList<>();

    public Descent1d(LossCurve curve, double start, double learningRate) {
        this.curve = curve;
        this.learningRate = learningRate;
        path.add(at(0, start));
    }

    private Point at(int iteration, double w) {
        return new Point(iteration, w, curve.value(w), curve.slope(w));
    }

    public Point current() {
        return path.get(path.size() - 1);
    }

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
        return Math.abs(current().slope()) < CONVERGED_SLOPE;
    }

    public boolean diverged() {
        Point p = current();
        return !Double.isFinite(p.w()) || !Double.isFinite(p.cost()) || Math.abs(p.w()) > DIVERGED
                || Math.abs(p.cost()) > DIVERGED;
    }

    public boolean finished() {
        return converged() || diverged();
    }

    public Point step() {
        if (diverged()) {
            return current();
        }
        Point p = current();
        Point next = at(p.iteration() + 1, p.w() - learningRate * p.slope());
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
}
