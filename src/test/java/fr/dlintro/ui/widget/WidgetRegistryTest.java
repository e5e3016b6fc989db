package fr.dlintro.ui.widget;

import static org.assertj.core.api.Assertions.assertThat;

import fr.dlintro.content.widget.WidgetCatalog;
import org.junit.jupiter.api.Test;

/** The registry (ui) and the catalog (content) must list the same widget names. */
class WidgetRegistryTest {
    @Test
    void everyRegisteredFactoryIsDeclaredInTheCatalog() {
        assertThat(WidgetCatalog.all().keySet()).containsAll(WidgetRegistry.all().keySet());
    }

    @Test
    void everyWidgetDeclaredInTheCatalogHasAFactory() {
        assertThat(WidgetRegistry.all().keySet()).as("widgets declared in WidgetSpecs without a factory in WidgetRegistry")
                .containsAll(WidgetCatalog.all().keySet());
    }
}
