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
