package fr.dlintro.ui.widget.dataloader;

import fr.dlintro.core.data.ImagePreprocessing;
import fr.dlintro.core.data.ImageSet;
import fr.dlintro.core.data.ImageStats;
import fr.dlintro.ui.widget.StepPlayback;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;

/**
 * Fig. 46, step by step, on a small pool of real MNIST images: each batch goes through the
 * DataLoader's stages (random draw of indices, transformation, batch sampler, collate
 * function, then the batch of inputs and the batch of labels). Everything on show is a pure
 * function of the step count, so stepping back is exact; each epoch draws a new seeded
 * order of the pool, and its last batch is smaller when the pool does not divide evenly
 * (PyTorch's drop_last=False).
 */
public final class DataloaderModel {
    /** Images in the pool the DataLoader draws from. */
    public static final int POOL = 24;

    /** The stages of Fig. 46, in order. */
    public enum Stage {
        DATASET("Données", "Le DataLoader part d'un jeu de données : ici " + POOL + " images MNIST et leurs étiquettes."),
        DRAW("Tirage", "shuffle=True : l'ordre des indices est tiré au hasard à chaque époque ; le lot prend les suivants."),
        TRANSFORM("Transformation", "Chaque image passe par ToTensor puis Normalize((0,5,), (0,5,)) : les pixels 0…255 deviennent −1…1."),
        SAMPLER("Batch sampler", "Le batch sampler regroupe les échantillons transformés en un lot de batch_size."),
        COLLATE("Collate", "La fonction collate empile les images en un seul tenseur et les étiquettes en un autre."),
        OUTPUT("Lot prêt", "Le lot des entrées et le lot des étiquettes partent vers le modèle (propagation avant).");

        private final String title;
        private final String explanation;

        Stage(String title, String explanation) {
            this.title = title;
            this.explanation = explanation;
        }

        public String title() {
            return title;
        }

        public String explanation() {
            return explanation;
        }
    }

    private static final int STAGES_PER_BATCH = Stage.values().length - 1;

    private final int batchSize;
    private final long seed;
    private final ReadOnlyObjectWrapper<ImageSet> pool = new ReadOnlyObjectWrapper<>(this, "pool");
    private final ReadOnlyIntegerWrapper step = new ReadOnlyIntegerWrapper(this, "step");
    private final StepPlayback playback;

    public DataloaderModel(int batchSize, long seed) {
        if (batchSize < 1 || batchSize > POOL) {
            throw new IllegalArgumentException("batch size " + batchSize);
        }
        this.batchSize = batchSize;
        this.seed = seed;
        playback = new StepPlayback(new StepPlayback.Steps() {
            @Override
            public void step() {
                step.set(step.get() + 1);
            }

            @Override
            public void stepBack() {
                step.set(Math.max(0, step.get() - 1));
            }

            @Override
            public void reset() {
                step.set(0);
            }
        }, step.greaterThan(0), Bindings.createBooleanBinding(() -> pool.get() == null, pool));
        playback.speedProperty().set(1.5);
    }

    /** Gives the model its images (loaded in the background); nothing moves before. */
    public void setPool(ImageSet images) {
        if (images.count() < POOL) {
            throw new IllegalArgumentException("pool of " + images.count());
        }
        pool.set(images);
    }

    public ReadOnlyObjectProperty<ImageSet> poolProperty() { return pool.getReadOnlyProperty(); }

    public ReadOnlyIntegerProperty stepProperty() { return step.getReadOnlyProperty(); }

    public StepPlayback playback() { return playback; }

    public int batchSize() { return batchSize; }

    public int batchesPerEpoch() {
        return (POOL + batchSize - 1) / batchSize;
    }

    public Stage stage() {
        int t = step.get();
        return t == 0 ? Stage.DATASET : Stage.values()[1 + (t - 1) % STAGES_PER_BATCH];
    }

    private int batchNumber() {
        return step.get() == 0 ? 0 : (step.get() - 1) / STAGES_PER_BATCH;
    }

    /** The epoch in progress, from 1. */
    public int epoch() {
        return batchNumber() / batchesPerEpoch() + 1;
    }

    /** The batch in progress within its epoch, from 1 (0 before the first draw). */
    public int batchInEpoch() {
        return step.get() == 0 ? 0 : batchNumber() % batchesPerEpoch() + 1;
    }

    /** The pool's order for an epoch (from 1): a seeded shuffle, as a RandomSampler with a generator. */
    public int[] order(int epoch) {
        int[] order = new int[POOL];
        for (int i = 0; i < POOL; i++) {
            order[i] = i;
        }
        SplittableRandom r = new SplittableRandom(seed * 1_000_003L + epoch);
        for (int i = POOL - 1; i > 0; i--) {
            int j = r.nextInt(i + 1);
            int t = order[i];
            order[i] = order[j];
            order[j] = t;
        }
        return order;
    }

    /** Indices of the pool in the current batch (empty before the first draw). */
    public int[] batchIndices() {
        if (step.get() == 0) {
            return new int[0];
        }
        int b = batchInEpoch() - 1;
        int[] order = order(epoch());
        int from = b * batchSize;
        int to = Math.min(POOL, from + batchSize);
        int[] out = new int[to - from];
        System.arraycopy(order, from, out, 0, out.length);
        return out;
    }

    /** Indices already served in this epoch before the current batch. */
    public List<Integer> servedBefore() {
        List<Integer> out = new ArrayList<>();
        if (step.get() == 0) {
            return out;
        }
        int[] order = order(epoch());
        for (int i = 0; i < (batchInEpoch() - 1) * batchSize; i++) {
            out.add(order[i]);
        }
        return out;
    }

    /** Labels of the current batch, in batch order (the batch of labels). */
    public int[] batchLabels() {
        int[] idx = batchIndices();
        int[] out = new int[idx.length];
        for (int i = 0; i < idx.length; i++) {
            out[i] = pool.get().label(idx[i]);
        }
        return out;
    }

    /** Raw pixels (0..255) of pool image i. */
    public int[] pixels(int i) {
        return ImageStats.pixels(pool.get(), i);
    }

    /** The value the network receives for raw pixel p: ToTensor then Normalize(0,5, 0,5). */
    public static double transformed(int p) {
        return ImagePreprocessing.BOOK.apply(p);
    }

    /** « (4, 1, 28, 28) »: the shape of the batch of inputs, channels first as PyTorch. */
    public String inputShape() {
        ImageSet p = pool.get();
        return "(" + batchIndices().length + ", 1, " + (p == null ? 28 : p.rows()) + ", " + (p == null ? 28 : p.cols()) + ")";
    }

    /** « tensor([5, 0, 4, 1]) ». */
    public String labelTensor() {
        StringBuilder sb = new StringBuilder("tensor([");
        int[] labels = batchLabels();
        for (int i = 0; i < labels.length; i++) {
            sb.append(i == 0 ? "" : ", ").append(labels[i]);
        }
        return sb.append("])").toString();
    }
}
