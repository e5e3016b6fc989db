package fr.dlintro.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;

import fr.dlintro.ui.theme.Theme;
import java.util.List;
import org.junit.jupiter.api.Test;

class AppOptionsTest {

    @Test
    void readsEveryViewOption() {
        AppOptions o = AppOptions.parse(List.of("--section", "3.2", "--theme", "sombre", "--presentation", "--zoom", "150",
                "--size", "1600x1000", "--quiz", "3.7", "--project", "MNIST", "--tab", "Evaluer"));
        assertThat(o.section()).isEqualTo("3.2");
        assertThat(o.theme()).isEqualTo(Theme.SOMBRE);
        assertThat(o.presentation()).isTrue();
        assertThat(o.zoom()).isEqualTo(150);
        assertThat(o.width()).isEqualTo(1600);
        assertThat(o.height()).isEqualTo(1000);
        assertThat(o.quiz()).isEqualTo("3.7");
        assertThat(o.project()).isEqualTo("mnist");
        assertThat(o.tab()).isEqualTo("evaluer");
        assertThat(o.warnings()).isEmpty();
    }

    @Test
    void badValuesAreReportedInFrenchAndIgnored() {
        AppOptions o = AppOptions.parse(List.of("--theme", "violet", "--zoom", "énorme", "--size", "grand", "--vite", "--section"));
        assertThat(o.theme()).isNull();
        assertThat(o.zoom()).isNull();
        assertThat(o.width()).isNull();
        assertThat(o.warnings()).containsExactly(
                "Thème inconnu « violet » (clair, sombre ou projection).",
                "Le zoom « énorme » n'est pas un nombre entier.",
                "La taille « grand » doit s'écrire LARGEURxHAUTEUR, par exemple 1600x1000.",
                "Option inconnue « --vite » ignorée.",
                "L'option --section attend une valeur.");
    }

    @Test
    void zoomOutsideTheRangeIsRefused() {
        assertThat(AppOptions.parse(List.of("--zoom", "900")).warnings())
                .containsExactly("Le zoom doit être compris entre 50 et 250 (reçu : 900).");
    }
}
