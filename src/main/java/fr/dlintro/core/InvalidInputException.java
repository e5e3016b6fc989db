package fr.dlintro.core;

/**
 * A file or value from the user that the core cannot use: a missing or corrupt IDX or model
 * file, a network that does not fit its data. The message is one French sentence that names
 * the problem, fit to show as is.
 */
public class InvalidInputException extends RuntimeException {
    public InvalidInputException(String frenchMessage) {
        super(frenchMessage);
    }

    public InvalidInputException(String frenchMessage, Throwable cause) {
        super(frenchMessage, cause);
    }
}
