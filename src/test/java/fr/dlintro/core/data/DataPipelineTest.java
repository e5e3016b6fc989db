package fr.dlintro.core.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import fr.dlintro.core.nn.Matrix;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DataPipelineTest {
    @TempDir
    Path dir;

    @Test
    void calculatorDataIsNormalisedAsInTheBook() {
        CalculatorData add = CalculatorData.generate(500, 0, 100, Operation.ADD, 42);
        CalculatorData mul = CalculatorData.generate(500, 0, 100, Operation.MULTIPLY, 42);
        for (int i = 0; i < 500; i++) {
            assertThat(add.a(i)).isBetween(0, 100);
            assertThat(add.dataset().features(i)[0]).isCloseTo(add.a(i) / 100f, within(1e-7f));
            assertThat(add.dataset().features(i)[1]).isCloseTo(add.b(i) / 100f, within(1e-7f));
            assertThat(add.dataset().values(i)[0]).isCloseTo((add.a(i) + add.b(i)) / 200f, within(1e-7f));
            assertThat(mul.dataset().values(i)[0]).isCloseTo(mul.a(i) * mul.b(i) / 10000f, within(1e-7f));
        }
        Set<Integer> seen = new HashSet<>();
        for (int i = 0; i < 500; i++) {
            seen.add(add.a(i));
        }
        assertThat(seen).contains(0, 100);
    }

    @Test
    void theSameSeedGivesTheSameData() {
        CalculatorData one = CalculatorData.generate(50, -5, 5, Operation.ADD, 7);
        CalculatorData two = CalculatorData.generate(50, -5, 5, Operation.ADD, 7);
        CalculatorData other = CalculatorData.generate(50, -5, 5, Operation.ADD, 8);
        boolean differs = false;
        for (int i = 0; i < 50; i++) {
            assertThat(one.a(i)).isEqualTo(two.a(i));
            differs |= one.a(i) != other.a(i);
        }
        assertThat(differs).isTrue();
    }

    @Test
    void splitsGiveTheBooksSizes() {
        Split random = Split.random(60_000, 0.2, 42);
        assertThat(random.train()).hasSize(48_000);
        assertThat(random.validation()).hasSize(12_000);
        Set<Integer> all = new HashSet<>();
        for (int i : random.train()) {
            all.add(i);
        }
        for (int i : random.validation()) {
            all.add(i);
        }
        assertThat(all).hasSize(60_000);
        Split ordered = Split.ordered(10, 0.2);
        assertThat(ordered.train()).containsExactly(0, 1, 2, 3, 4, 5, 6, 7);
        assertThat(ordered.validation()).containsExactly(8, 9);
    }

    @Test
    void loaderKeepsTheLastPartialBatchAndReshufflesEachEpoch() {
        CalculatorData data = CalculatorData.generate(10, 0, 9, Operation.ADD, 1);
        DataLoader loader = new DataLoader(data.dataset(), 4, true, 3);
        assertThat(loader.batchCount()).isEqualTo(3);
        List<List<Float>> epochs = new ArrayList<>();
        for (int e = 0; e < 2; e++) {
            List<Float> seen = new ArrayList<>();
            List<Integer> sizes = new ArrayList<>();
            Batch batch = loader.newBatch();
            loader.startEpoch();
            while (loader.hasNext()) {
                loader.next(batch);
                sizes.add(batch.size());
                for (int b = 0; b < batch.size(); b++) {
                    seen.add(batch.inputs().get(b, 0) * 1000 + batch.inputs().get(b, 1));
                }
            }
            assertThat(sizes).containsExactly(4, 4, 2);
            epochs.add(seen);
        }
        assertThat(epochs.get(0)).hasSize(10).containsExactlyInAnyOrderElementsOf(epochs.get(1));
        assertThat(epochs.get(0)).isNotEqualTo(epochs.get(1));
    }

    @Test
    void unshuffledLoaderGoesInFileOrder() {
        CalculatorData data = CalculatorData.generate(6, 0, 9, Operation.ADD, 1);
        Split split = Split.ordered(6, 0.5);
        DataLoader loader = new DataLoader(new Subset(data.dataset(), split.validation()), 2, false, 0);
        Batch batch = loader.newBatch();
        loader.startEpoch();
        loader.next(batch);
        assertThat(batch.inputs().row(0)).isSameAs(data.dataset().features(3));
        assertThat(batch.inputs().row(1)).isSameAs(data.dataset().features(4));
        assertThat(batch.targets().values().get(0, 0)).isEqualTo(data.dataset().values(3)[0]);
    }

    @Test
    void imageBatchesGiveTheNormalisedPixels() throws IOException {
        IdxFiles.writeFolder(dir, 12, 5, true);
        ImageSet set = ImageFolder.read(dir, "train");
        ImageDataset ds = new ImageDataset(set, ImagePreprocessing.BOOK);
        assertThat(ds.density()).isBetween(0.5, 0.8);
        DataLoader loader = new DataLoader(ds, 5, false, 0);
        Batch batch = loader.newBatch();
        loader.startEpoch();
        loader.next(batch);
        loader.next(batch);
        Matrix x = batch.inputs();
        assertThat(x.rows()).isEqualTo(5);
        for (int b = 0; b < 5; b++) {
            for (int p = 0; p < 20; p++) {
                float expected = (float) ((set.pixel(5 + b, p) / 255.0 - 0.5) / 0.5);
                assertThat(x.get(b, p)).isCloseTo(expected, within(1e-6f));
            }
            assertThat(batch.targets().labels()[b]).isEqualTo(set.label(5 + b));
        }
    }
}
