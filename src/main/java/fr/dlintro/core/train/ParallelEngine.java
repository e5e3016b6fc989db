package fr.dlintro.core.train;

import fr.dlintro.core.data.Batch;
import fr.dlintro.core.nn.Loss;
import fr.dlintro.core.nn.Mlp;
import fr.dlintro.core.nn.Optimizer;
import fr.dlintro.core.nn.TwoThreadStep;

/** Steps on two threads (see {@link TwoThreadStep}): the same numbers as {@link SerialEngine}. */
final class ParallelEngine implements StepEngine {
    private final Mlp model;
    private final TwoThreadStep step;

    ParallelEngine(Mlp model, Loss loss, Optimizer optimizer) {
        this.model = model;
        this.step = new TwoThreadStep(model, loss.name(), optimizer);
    }

    @Override
    public double trainStep(Batch batch) {
        return batch.isSparse() ? step.trainStep(batch.sparse(), batch.targets())
                : step.trainStep(batch.inputs(), batch.targets());
    }

    @Override
    public double evaluate(Batch batch, long[] correct) {
        return batch.isSparse() ? step.evaluate(batch.sparse(), batch.targets(), correct)
                : step.evaluate(batch.inputs(), batch.targets(), correct);
    }

    @Override
    public void predictClasses(Batch batch, int[] out) {
        SerialEngine.argmax(SerialEngine.forward(model, batch), out);
    }

    @Override
    public void close() {
        step.close();
    }
}
