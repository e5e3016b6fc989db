package fr.dlintro.core.demo;

/**
 * A cost J(x, y) of two parameters with its gradient, for the 2-D descent widgets (loss maps,
 * minima, saddle points). Implementations give the gradient analytically; tests compare it
 * with finite differences.
 */
public interface LossSurface {
    double value(double x, double y);

    /** ∂J/∂x. */
    double gradX(double x, double y);

    /** ∂J/∂y. */
    double gradY(double x, double y);
}
