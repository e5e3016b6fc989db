package fr.dlintro.ui.project;

/** Builds a project's view, on the FX thread. */
@FunctionalInterface
public interface ProjectFactory {
    ProjectView create(ProjectContext context);
}
