package fr.dlintro.core.nn;

import fr.dlintro.core.data.DataLoader;
import fr.dlintro.core.data.ImageDataset;
import fr.dlintro.core.data.ImagePreprocessing;
import fr.dlintro.core.data.ImageSet;
import fr.dlintro.core.data.Split;
import fr.dlintro.core.data.Subset;
import fr.dlintro.core.train.Trainer;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * A short two-thread training of a small MNIST-like network (sparse raw pixels, hidden layers
 * of 40, ten outputs): whatever kernels this JVM uses. As a main class, for
 * {@link ScalarAndVectorTrainingTest}'s child JVM: writes the kernel path and every
 * parameter's bits to the file named by its argument.
 */
public final class KernelTrainingRun {
    private KernelTrainingRun() {
    }

    /** 400 random 12×12 "images", 80 % zero pixels, ten labels from a fixed rule. */
    private static ImageSet images() {
        SplittableRandom r = new SplittableRandom(11);
        int n = 400;
        byte[] pixels = new byte[n * 144];
        int[] labels = new int[n];
        for (int i = 0; i < n; i++) {
            int sum = 0;
            for (int p = 0; p < 144; p++) {
                if (r.nextInt(5) == 0) {
                    int v = 1 + r.nextInt(255);
                    pixels[i * 144 + p] = (byte) v;
                    sum += p < 72 ? v : 0;
                }
            }
            labels[i] = sum % 10;
        }
        return new ImageSet("test", 12, 12, pixels, labels, List.of("0", "1", "2", "3", "4", "5", "6", "7", "8", "9"));
    }

    /** The weights and biases after training, layer after layer, as raw float bits. */
    static List<int[]> train() {
        ImageDataset data = new ImageDataset(images(), ImagePreprocessing.BOOK);
        Split split = Split.random(data.size(), 0.2, 1);
        Mlp mlp = Mlp.build(144, 40, 3, 10, "relu", 0, new SplittableRandom(3));
        Trainer trainer = new Trainer(mlp, new CrossEntropyLoss(), new Sgd(mlp.parameters(), 0.05),
                new DataLoader(new Subset(data, split.train()), 32, true, 3),
                new DataLoader(new Subset(data, split.validation()), 32, false, 0), 2).threads(2);
        trainer.run();
        List<int[]> bits = new ArrayList<>();
        for (Linear layer : mlp.linears()) {
            for (float[] row : layer.wt()) {
                bits.add(bits(row));
            }
            bits.add(bits(layer.biasValues()));
        }
        return bits;
    }

    private static int[] bits(float[] v) {
        int[] bits = new int[v.length];
        for (int j = 0; j < v.length; j++) {
            bits[j] = Float.floatToRawIntBits(v[j]);
        }
        return bits;
    }

    public static void main(String[] args) throws IOException {
        List<int[]> bits = train();
        try (DataOutputStream out = new DataOutputStream(Files.newOutputStream(Path.of(args[0])))) {
            out.writeBoolean(Kernels.VECTOR);
            out.writeInt(bits.size());
            for (int[] row : bits) {
                out.writeInt(row.length);
                for (int b : row) {
                    out.writeInt(b);
                }
            }
        }
    }
}
