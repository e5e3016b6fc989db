package fr.dlintro.ui.widget.aisets;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class AiSetsModelTest {
    @Test
    void withoutPreselectionTheCaptionInvitesToHover() {
        AiSetsModel m = new AiSetsModel(null);
        assertThat(m.getHighlighted()).isNull();
        assertThat(m.captionProperty().get()).contains("Survolez");
    }

    @Test
    void highlightingASetShowsItsTitleAndDefinition() {
        AiSetsModel m = new AiSetsModel(null);
        m.highlight(AiSet.RL);
        assertThat(m.titleProperty().get()).isEqualTo("Apprentissage par renforcement (RL)");
        assertThat(m.captionProperty().get()).contains("essais et erreurs").contains("récompenses");
    }

    @Test
    void releasingReturnsToTheLessonsPreselection() {
        AiSetsModel m = new AiSetsModel(AiSet.fromKey("dl"));
        assertThat(m.getHighlighted()).isEqualTo(AiSet.DL);
        m.highlight(AiSet.IA);
        m.release();
        assertThat(m.getHighlighted()).isEqualTo(AiSet.DL);
        assertThat(m.captionProperty().get()).isEqualTo(AiSet.DL.definition());
    }

    @Test
    void aucunSelectsNothingAndEveryKeyOfTheSchemaNamesASet() {
        assertThat(AiSet.fromKey("aucun")).isNull();
        assertThat(AiSet.fromKey("ia")).isEqualTo(AiSet.IA);
        assertThat(AiSet.fromKey("ml")).isEqualTo(AiSet.ML);
        assertThat(AiSet.fromKey("rl")).isEqualTo(AiSet.RL);
    }
}
