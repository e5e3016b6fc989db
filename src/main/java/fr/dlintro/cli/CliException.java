package fr.dlintro.cli;

/** A user error on the command line: its message is one French sentence, printed as is, exit code 2. */
public final class CliException extends RuntimeException {
    public CliException(String frenchMessage) {
        super(frenchMessage);
    }

    public CliException(String frenchMessage, Throwable cause) {
        super(frenchMessage, cause);
    }
}
