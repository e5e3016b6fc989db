package fr.dlintro.content;

/** A lesson or quiz file that cannot be read at all; the message is French and names the place. */
public final class ContentException extends Exception {
    private final transient Problem problem;

    public ContentException(Problem problem) {
        super(problem.toString());
        this.problem = problem;
    }

    public Problem problem() {
        return problem;
    }
}
