package fr.dlintro.ui.project;

import java.util.Collections;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/** Project name of lessons/sommaire.yaml (« calculator », « mnist ») → factory of its view. */
public final class ProjectRegistry {
    private static final Map<String, ProjectFactory> FACTORIES = new TreeMap<>();

    static {
        // one line per project, in book order
        FACTORIES.put("calculator", fr.dlintro.ui.project.calculator.CalculatorProjectView::new);
        FACTORIES.put("mnist", fr.dlintro.ui.project.mnist.MnistProjectView::create);
    }

    private ProjectRegistry() {
    }

    public static Optional<ProjectFactory> find(String name) {
        return Optional.ofNullable(FACTORIES.get(name));
    }

    public static Map<String, ProjectFactory> all() {
        return Collections.unmodifiableMap(FACTORIES);
    }
}
