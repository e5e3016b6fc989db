package fr.dlintro.core.nn;

import java.util.List;

/** Updates parameters from their gradients. Each parameter's update depends only on its own state. */
public interface Optimizer {
    List<Parameter> parameters();

    /** Updates one parameter: {@link #prepare} then {@link #update} of all its rows. */
    default void step(Parameter p) {
        prepare(p);
        update(p, 0, p.value().length);
    }

    /** Once per step and parameter, before its rows are updated (Adam counts its steps here). */
    void prepare(Parameter p);

    /**
     * The element-wise update of rows {@code from .. to-1} of a prepared parameter. Calls on
     * disjoint rows may run on different threads.
     */
    void update(Parameter p, int from, int to);

    /**
     * {@link #update} of rows {@code from .. to-1}, then zeroes their gradient: the training
     * engines' step, in one pass over the rows when the optimizer can.
     */
    default void updateAndZero(Parameter p, int from, int to) {
        update(p, from, to);
        float[][] g = p.grad();
        for (int r = from; r < to; r++) {
            java.util.Arrays.fill(g[r], 0f);
        }
    }

    /** Updates every parameter. */
    default void step() {
        for (Parameter p : parameters()) {
            step(p);
        }
    }

    default void zeroGrad() {
        for (Parameter p : parameters()) {
            p.zeroGrad();
        }
    }

    double learningRate();

    String name();
}
