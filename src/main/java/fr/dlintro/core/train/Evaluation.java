package fr.dlintro.core.train;

import fr.dlintro.core.data.Batch;
import fr.dlintro.core.data.DataLoader;
import fr.dlintro.core.data.Dataset;
import fr.dlintro.core.nn.Matrix;
import fr.dlintro.core.nn.Mlp;

/** A trained model on a test set: predicted classes or values, in the data set's order. */
public final class Evaluation {
    private static final int BATCH = 256;

    private Evaluation() {
    }

    public static int[] predictClasses(Mlp model, Dataset data) {
        int[] predicted = new int[data.size()];
        DataLoader loader = new DataLoader(data, BATCH, false, 0);
        Batch batch = loader.newBatch();
        int[] out = new int[BATCH];
        loader.startEpoch();
        int position = 0;
        while (loader.hasNext()) {
            loader.next(batch);
            SerialEngine.argmax(SerialEngine.forward(model, batch), out);
            System.arraycopy(out, 0, predicted, position, batch.size());
            position += batch.size();
        }
        return predicted;
    }

    public static ConfusionMatrix confusion(Mlp model, Dataset data) {
        int[] predicted = predictClasses(model, data);
        DataLoader loader = new DataLoader(data, BATCH, false, 0);
        Batch batch = loader.newBatch();
        ConfusionMatrix m = new ConfusionMatrix(data.classCount());
        loader.startEpoch();
        int position = 0;
        while (loader.hasNext()) {
            loader.next(batch);
            int[] labels = batch.targets().labels();
            for (int b = 0; b < batch.size(); b++) {
                m.add(labels[b], predicted[position++]);
            }
        }
        return m;
    }

    /** The first output of each sample, as the network gives it (normalised units). */
    public static double[] predictValues(Mlp model, Dataset data) {
        double[] values = new double[data.size()];
        DataLoader loader = new DataLoader(data, BATCH, false, 0);
        Batch batch = loader.newBatch();
        loader.startEpoch();
        int position = 0;
        while (loader.hasNext()) {
            loader.next(batch);
            Matrix out = SerialEngine.forward(model, batch);
            for (int b = 0; b < batch.size(); b++) {
                values[position++] = out.get(b, 0);
            }
        }
        return values;
    }
}
