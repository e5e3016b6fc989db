package fr.dlintro.core.train;

import static org.assertj.core.api.Assertions.assertThat;

import fr.dlintro.core.data.DataLoader;
import fr.dlintro.core.data.ImageDataset;
import fr.dlintro.core.data.ImagePreprocessing;
import fr.dlintro.core.data.ImageSet;
import fr.dlintro.core.data.Split;
import fr.dlintro.core.data.Subset;
import fr.dlintro.core.nn.Adam;
import fr.dlintro.core.nn.CrossEntropyLoss;
import fr.dlintro.core.nn.Linear;
import fr.dlintro.core.nn.Mlp;
import fr.dlintro.core.nn.Optimizer;
import fr.dlintro.core.nn.Sgd;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Two threads give the same bits as one: every batch loss, every epoch, every weight. */
class TwoThreadsTest {

    /** 600 random 12×12 "images", 80 % zero pixels, labels from a fixed rule. */
    private static ImageSet images() {
        SplittableRandom r = new SplittableRandom(5);
        int n = 600;
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
            labels[i] = sum % 4;
        }
        return new ImageSet("test", 12, 12, pixels, labels, List.of("a", "b", "c", "d"));
    }

    private record Run(List<Double> losses, TrainingResult result, Mlp model) {
    }

    private static Run train(int threads, String optimizer) {
        ImageDataset data = new ImageDataset(images(), ImagePreprocessing.BOOK);
        Split split = Split.random(data.size(), 0.2, 1);
        Mlp mlp = Mlp.build(144, 40, 3, 4, "relu", 0, new SplittableRandom(2));
        Optimizer opt = optimizer.equals("adam") ? new Adam(mlp.parameters(), 0.001) : new Sgd(mlp.parameters(), 0.05);
        // 13 does not divide 480 or 120: odd halves and a short last batch
        Trainer trainer = new Trainer(mlp, new CrossEntropyLoss(), opt,
                new DataLoader(new Subset(data, split.train()), 13, true, 3),
                new DataLoader(new Subset(data, split.validation()), 13, false, 0), 3).threads(threads);
        List<Double> losses = new ArrayList<>();
        trainer.addListener(new TrainingListener() {
            @Override
            public void onBatch(int epoch, int batch, int batches, double loss) {
                losses.add(loss);
            }
        });
        return new Run(losses, trainer.run(), mlp);
    }

    @ParameterizedTest
    @ValueSource(strings = {"sgd", "adam"})
    void twoThreadsTrainExactlyAsOne(String optimizer) {
        Run one = train(1, optimizer);
        Run two = train(2, optimizer);
        assertThat(two.losses()).hasSize(3 * 37).isEqualTo(one.losses());
        assertThat(two.result().epochs()).extracting(EpochResult::validationLoss)
                .isEqualTo(one.result().epochs().stream().map(EpochResult::validationLoss).toList());
        assertThat(two.result().epochs()).extracting(EpochResult::validationAccuracy)
                .isEqualTo(one.result().epochs().stream().map(EpochResult::validationAccuracy).toList());
        for (int l = 0; l < one.model().linears().size(); l++) {
            Linear a = one.model().linears().get(l);
            Linear b = two.model().linears().get(l);
            assertThat(b.weights()).isDeepEqualTo(a.weights());
            assertThat(b.biases()).containsExactly(a.biases());
        }
        assertThat(one.losses().get(one.losses().size() - 1)).isLessThan(one.losses().get(0));
    }
}
