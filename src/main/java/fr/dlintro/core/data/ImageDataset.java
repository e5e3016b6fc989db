package fr.dlintro.core.data;

import fr.dlintro.core.nn.SparseBatch;
import fr.dlintro.core.nn.Targets;
import java.util.List;

/**
 * Images as a data set, held as their nonzero pixels (for MNIST about a fifth of them): a
 * quarter of the memory of the bytes, and what the first layer's sparse forward pass reads
 * (see {@link SparseBatch}). The network sees {@link ImagePreprocessing} of each pixel.
 */
public final class ImageDataset implements Dataset {
    private final int count;
    private final int width;
    private final int[] start;     // (count + 1): sample s has entries start[s] .. start[s+1]-1
    private final short[] index;   // pixel position of each entry
    private final byte[] value;    // unsigned pixel value of each entry
    private final int[] labels;
    private final List<String> classNames;
    private final ImagePreprocessing preprocessing;

    public ImageDataset(ImageSet images, ImagePreprocessing preprocessing) {
        this.count = images.count();
        this.width = images.pixelCount();
        if (width > Short.MAX_VALUE) {
            throw new IllegalArgumentException("images of " + width + " pixels");
        }
        byte[] pixels = images.pixels();
        int nonzero = 0;
        for (byte p : pixels) {
            if (p != 0) {
                nonzero++;
            }
        }
        this.start = new int[count + 1];
        this.index = new short[nonzero];
        this.value = new byte[nonzero];
        int k = 0;
        for (int s = 0; s < count; s++) {
            start[s] = k;
            int base = s * width;
            for (int p = 0; p < width; p++) {
                byte v = pixels[base + p];
                if (v != 0) {
                    index[k] = (short) p;
                    value[k++] = v;
                }
            }
        }
        start[count] = k;
        this.labels = images.labels();
        this.classNames = images.classNames();
        this.preprocessing = preprocessing;
    }

    @Override
    public int size() {
        return count;
    }

    @Override
    public int inputSize() {
        return width;
    }

    @Override
    public int classCount() {
        return classNames.size();
    }

    public List<String> classNames() {
        return classNames;
    }

    public int label(int i) {
        return labels[i];
    }

    public ImagePreprocessing preprocessing() {
        return preprocessing;
    }

    /** Share of nonzero pixels. */
    public double density() {
        return (double) start[count] / ((double) count * width);
    }

    @Override
    public Batch newBatch(int capacity) {
        SparseBatch sparse = new SparseBatch(width, start, index, value, preprocessing.multiplier(),
                preprocessing.offset(), capacity);
        return new Batch(capacity, null, sparse, Targets.labelBuffer(capacity));
    }

    @Override
    public void fill(Batch batch, int[] ids, int from, int count) {
        batch.setSize(count);
        int[] samples = batch.sparse().samples();
        int[] y = batch.targets().labels();
        for (int k = 0; k < count; k++) {
            int id = ids[from + k];
            samples[k] = id;
            y[k] = labels[id];
        }
    }
}
