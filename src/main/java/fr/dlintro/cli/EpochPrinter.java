package fr.dlintro.cli;

import fr.dlintro.core.train.EpochResult;
import fr.dlintro.core.train.TrainingListener;
import java.io.PrintStream;

/** One French line per epoch; on a terminal, a progress bar redrawn while the epoch runs. */
final class EpochPrinter implements TrainingListener {
    private static final int BAR = 30;
    private final PrintStream out;
    private final boolean terminal;
    private int lastDrawn = -1;

    EpochPrinter(PrintStream out, boolean terminal) {
        this.out = out;
        this.terminal = terminal;
    }

    @Override
    public void onBatch(int epoch, int batch, int batches, double loss) {
        if (!terminal) {
            return;
        }
        int filled = (int) ((long) batch * BAR / batches);
        if (filled == lastDrawn && batch != 1) {
            return;
        }
        lastDrawn = filled;
        out.print("\rÉpoque " + epoch + " [" + "█".repeat(filled) + "·".repeat(BAR - filled) + "] "
                + (100L * batch / batches) + " % perte " + Fr.loss(loss) + "   ");
        out.flush();
    }

    @Override
    public void onEpoch(EpochResult r) {
        StringBuilder line = new StringBuilder();
        if (terminal) {
            line.append('\r').append(" ".repeat(BAR + 40)).append('\r');
            lastDrawn = -1;
        }
        int width = String.valueOf(r.epochs()).length();
        line.append("Époque ").append(String.format("%" + width + "d", r.epoch())).append('/').append(r.epochs())
                .append(" · perte entraînement ").append(Fr.loss(r.trainLoss()));
        if (!Double.isNaN(r.validationLoss())) {
            line.append(" · validation ").append(Fr.loss(r.validationLoss()));
        }
        if (r.hasAccuracy()) {
            line.append(" · exactitude ").append(Fr.percent(r.validationAccuracy()));
        }
        line.append(" · ").append(Fr.num(r.seconds(), 2)).append(" s");
        out.println(line);
    }
}
