package fr.dlintro.ui.widget.lossregression;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import fr.dlintro.ui.widget.lossregression.LossRegressionModel.Mode;
import org.junit.jupiter.api.Test;

class LossRegressionModelTest {
    private final LossRegressionModel model = new LossRegressionModel(Mode.ECARTS);

    @Test
    void theBooksFiveDaysGiveMaeTwoPointFourAndMseSevenPointSix() {
        assertThat(model.mae()).isCloseTo(2.4, within(1e-12));
        assertThat(model.mse()).isCloseTo(7.6, within(1e-12));
        assertThat(model.maeTextProperty().get()).isEqualTo("MAE = 2,4 °C");
        assertThat(model.mseTextProperty().get()).isEqualTo("MSE = 7,6 °C²");
        assertThat(model.maeCheckProperty().get().text()).isEqualTo("Livre : 2,4 ✓");
        assertThat(model.mseCheckProperty().get().text()).isEqualTo("Livre : 7,6 ✓");
        assertThat(model.rmseTextProperty().get()).startsWith("RMSE = √MSE = 2,76 °C");
        double[] errors = {2, 2, 2, 1, 5};
        for (int d = 0; d < LossRegressionModel.DAYS; d++) {
            assertThat(Math.abs(LossRegressionModel.truth(d) - model.predictedAt(d))).isEqualTo(errors[d]);
        }
    }

    @Test
    void anOutlierMakesTheMseGrowMuchFasterThanTheMae() {
        model.outlier();
        assertThat(model.mae()).isCloseTo(3.8, within(1e-12));
        assertThat(model.mse()).isCloseTo(31.4, within(1e-12));
        assertThat(model.mse() / 7.6).isGreaterThan(2.5 * model.mae() / 2.4);
        assertThat(model.maeCheckProperty().get()).isNull();
        assertThat(model.mseCheckProperty().get()).isNull();
        assertThat(model.comparisonProperty().get())
                .isEqualTo("Livre : MAE 2,4 et MSE 7,6. Ici, la MAE augmente de 1,4 et la MSE augmente de 23,8.");
    }

    @Test
    void equalErrorsWorsenTheMaeButImproveTheMse() {
        model.equalErrors();
        assertThat(model.mae()).isCloseTo(2.6, within(1e-12));
        assertThat(model.mse()).isCloseTo(6.76, within(1e-12));
        assertThat(model.comparisonProperty().get()).isEqualTo("Livre : MAE 2,4 et MSE 7,6. Ici, la MAE augmente de 0,2"
                + " et la MSE baisse de 0,84. Les deux coûts ne classent pas ces prédictions dans le même ordre.");
        model.bookExample();
        assertThat(model.mse()).isCloseTo(7.6, within(1e-12));
    }

    @Test
    void bothCostsAreLowestWhereThePredictionMeetsTheTruth() {
        model.selectedProperty().set(2);
        double bestMae = Double.MAX_VALUE;
        double bestMse = Double.MAX_VALUE;
        double argMae = 0;
        double argMse = 0;
        for (double v = LossRegressionModel.MIN_T; v <= LossRegressionModel.MAX_T; v += 0.05) {
            if (model.sliceMae(v) < bestMae) {
                bestMae = model.sliceMae(v);
                argMae = v;
            }
            if (model.sliceMse(v) < bestMse) {
                bestMse = model.sliceMse(v);
                argMse = v;
            }
        }
        assertThat(argMae).isCloseTo(18, within(1e-6));
        assertThat(argMse).isCloseTo(18, within(1e-6));
        assertThat(model.comparisonProperty().get()).startsWith("Minimum des deux coûts en ŷ₃ = 18");
    }

    @Test
    void sliceDerivativesMatchCentralFiniteDifferencesInBothModes() {
        double h = 1e-6;
        double worst = 0;
        for (Mode m : Mode.values()) {
            model.modeProperty().set(m);
            for (int d = 0; d < LossRegressionModel.DAYS; d++) {
                model.selectedProperty().set(d);
                for (double v = model.sliceMin() + 0.37; v < model.sliceMax(); v += 0.73) {
                    double fdMse = (model.sliceMse(v + h) - model.sliceMse(v - h)) / (2 * h);
                    double fdMae = (model.sliceMae(v + h) - model.sliceMae(v - h)) / (2 * h);
                    worst = Math.max(worst, Math.abs(fdMse - model.sliceMseDerivative(v)));
                    worst = Math.max(worst, Math.abs(fdMae - model.sliceMaeDerivative(v)));
                }
            }
        }
        assertThat(worst).as("max |analytic − finite difference|").isLessThan(1e-6);
    }

    @Test
    void theSlopesReadoutGivesBothDerivativesAndTheKink() {
        assertThat(model.slopesProperty().get()).isEqualTo("Pentes en ŷ₅ = 25 : MSE 2 ; MAE 0,2");
        model.setPrediction(4, 20);
        assertThat(model.slopesProperty().get()).isEqualTo("Pentes en ŷ₅ = 20 : MSE 0 ; MAE aucune, pointe");
    }

    @Test
    void predictionsAreRoundedAndKeptOnThePlot() {
        model.setPrediction(0, 16.04);
        assertThat(model.predictionProperty(0).get()).isEqualTo(16.0);
        model.setPrediction(0, 80);
        assertThat(model.predictionProperty(0).get()).isEqualTo(LossRegressionModel.MAX_T);
    }

    @Test
    void theLineModeScoresTheLineAndOffersEachCostsBestLine() {
        model.modeProperty().set(Mode.DROITE);
        assertThat(model.isBookExample()).isFalse();
        assertThat(model.equationProperty().get()).isEqualTo("ŷ = 1 × jour + 15");
        assertThat(model.mae()).isCloseTo(1.2, within(1e-12)); // 16, 17, 18, 19, 20 against 17, 20, 18, 21, 20
        assertThat(model.mse()).isCloseTo(2.8, within(1e-12));
        model.useLine(model.bestLineForMse());
        assertThat(model.equationProperty().get()).isEqualTo("ŷ = 0,7 × jour + 17,1");
        assertThat(model.mse()).isCloseTo(1.18, within(1e-12));
        double mseOfBestMse = model.mse();
        double maeOfBestMse = model.mae();
        model.useLine(model.bestLineForMae());
        assertThat(model.mae()).isLessThanOrEqualTo(maeOfBestMse);
        assertThat(model.mse()).isGreaterThanOrEqualTo(mseOfBestMse);
        assertThat(model.comparisonProperty().get()).isEqualTo("Meilleures droites : MSE, ŷ = 0,7j + 17,1 ; MAE, ŷ = 0,75j + 16,25.");
    }

    @Test
    void movingOneEndOfTheLineKeepsTheOther() {
        model.modeProperty().set(Mode.DROITE);
        model.moveLineEnd(0, 13);
        assertThat(model.predictedAt(0)).isCloseTo(13, within(1e-9));
        assertThat(model.predictedAt(4)).isCloseTo(20, within(1e-9));
        assertThat(model.slopeProperty().get()).isEqualTo(1.75);
        model.moveLineEnd(1, 25);
        assertThat(model.predictedAt(0)).isCloseTo(13, within(1e-9));
        assertThat(model.predictedAt(4)).isCloseTo(25, within(1e-9));
    }
}
