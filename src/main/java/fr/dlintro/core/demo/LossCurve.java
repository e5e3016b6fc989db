package fr.dlintro.core.demo;

/** A cost J(W) of one parameter with its derivative J′(W), for the 1-D descent widget. */
public interface LossCurve {
    double value(double w);

    /** J′(W), the slope at W. */
    double slope(double w);
}
