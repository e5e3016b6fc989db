package fr.dlintro.core.train;

import static org.assertj.core.api.Assertions.assertThat;

import fr.dlintro.core.data.CalculatorData;
import fr.dlintro.core.data.DataLoader;
import fr.dlintro.core.data.Operation;
import fr.dlintro.core.data.Split;
import fr.dlintro.core.data.Subset;
import fr.dlintro.core.nn.MseLoss;
import fr.dlintro.core.nn.Mlp;
import fr.dlintro.core.nn.Sgd;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class TrainerTest {

    private static Trainer calculatorTrainer(double lr, int epochs, long seed) {
        CalculatorData data = CalculatorData.generate(4000, 0, 100, Operation.ADD, seed);
        Split split = Split.random(data.size(), 0.2, seed);
        Mlp mlp = Mlp.build(2, 16, 3, 1, "relu", 0, new SplittableRandom(seed));
        DataLoader train = new DataLoader(new Subset(data.dataset(), split.train()), 32, true, seed);
        DataLoader val = new DataLoader(new Subset(data.dataset(), split.validation()), 64, false, seed);
        return new Trainer(mlp, new MseLoss(), new Sgd(mlp.parameters(), lr), train, val, epochs);
    }

    @Test
    void aFixedSeedGivesTheSameLossSequenceEveryTime() {
        List<Double> first = new ArrayList<>();
        List<Double> second = new ArrayList<>();
        TrainingResult a = calculatorTrainer(0.1, 5, 42).addListener(new TrainingListener() {
            @Override
            public void onBatch(int epoch, int batch, int batches, double loss) {
                first.add(loss);
            }
        }).run();
        calculatorTrainer(0.1, 5, 42).addListener(new TrainingListener() {
            @Override
            public void onBatch(int epoch, int batch, int batches, double loss) {
                second.add(loss);
            }
        }).run();
        assertThat(a.completed()).isTrue();
        assertThat(first).hasSize(500).isEqualTo(second);
        assertThat(a.epochs()).hasSize(5);
        // 500 SGD steps learn the sum: after a plateau the validation MSE (normalised) falls a hundredfold
        assertThat(a.epochs().get(4).validationLoss()).isLessThan(a.epochs().get(0).validationLoss() / 50);
        assertThat(a.epochs().get(4).validationLoss()).isLessThan(1e-3);
        // the fixed-seed sequence itself (float arithmetic: a kernel that reorders sums may move the last digits)
        assertThat(first.get(0)).isCloseTo(0.21732079600985654, org.assertj.core.data.Percentage.withPercentage(1e-4));
        assertThat(first.get(99)).isCloseTo(0.044175080651152915, org.assertj.core.data.Percentage.withPercentage(1e-3));
        assertThat(first.get(499)).isCloseTo(4.815144420046713E-4, org.assertj.core.data.Percentage.withPercentage(1));
        assertThat(a.epochs().get(0).hasAccuracy()).isFalse();
    }

    @Test
    void aHugeLearningRateStopsWithAFrenchReason() {
        TrainingResult r = calculatorTrainer(1e4, 5, 1).run();
        assertThat(r.status()).isEqualTo(TrainingResult.Status.DIVERGED);
        assertThat(r.reason()).startsWith("La perte").contains("à l'époque 1, lot")
                .contains("taux d'apprentissage (10000) est sans doute trop élevé");
    }

    @Test
    void cancellingFromAnotherThreadStopsWithinOneBatch() throws Exception {
        Trainer trainer = calculatorTrainer(0.1, 1000, 3);
        CountDownLatch started = new CountDownLatch(1);
        AtomicInteger batchesAfterCancel = new AtomicInteger();
        CountDownLatch cancelled = new CountDownLatch(1);
        trainer.addListener(new TrainingListener() {
            @Override
            public void onBatch(int epoch, int batch, int batches, double loss) {
                if (cancelled.getCount() == 0) {
                    batchesAfterCancel.incrementAndGet();
                }
                if (epoch == 2 && batch == 5) {
                    started.countDown();
                    try {
                        cancelled.await(5, TimeUnit.SECONDS);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                }
            }
        });
        TrainingResult[] result = new TrainingResult[1];
        Thread worker = new Thread(() -> result[0] = trainer.run());
        worker.start();
        assertThat(started.await(30, TimeUnit.SECONDS)).isTrue();
        trainer.cancel();
        cancelled.countDown();
        worker.join(30_000);
        assertThat(result[0].status()).isEqualTo(TrainingResult.Status.CANCELLED);
        assertThat(result[0].epochs()).hasSize(1);
        assertThat(batchesAfterCancel.get()).isZero();
        assertThat(result[0].reason()).isEqualTo("Entraînement interrompu à l'époque 2, lot 6.");
    }
}
