package fr.dlintro.ui.project.mnist;

import fr.dlintro.core.data.ImageSet;
import fr.dlintro.core.train.ConfusionMatrix;
import java.util.ArrayList;
import java.util.List;

/** A model's predictions on the whole test set, with its confusion matrix. */
public record TestEvaluation(ImageSet test, int[] predicted, ConfusionMatrix matrix) {

    public static TestEvaluation of(ImageSet test, int[] predicted) {
        return new TestEvaluation(test, predicted, ConfusionMatrix.of(test.classNames().size(), test.labels(), predicted));
    }

    /** The test images of true class {@code truth} predicted as {@code predictedClass}, in test-set order. */
    public List<Integer> samples(int truth, int predictedClass) {
        List<Integer> out = new ArrayList<>();
        for (int i = 0; i < predicted.length; i++) {
            if (test.label(i) == truth && predicted[i] == predictedClass) {
                out.add(i);
            }
        }
        return out;
    }
}
