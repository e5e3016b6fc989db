package fr.dlintro.content;

/**
 * One lesson page: a book section (or the "À propos" page) read from lessons/.
 *
 * @param file      the file's name as shown in messages (e.g. {@code lessons/02-fondamentaux/02.6-….md})
 * @param markdown  the body after the front matter
 * @param bodyLine  1-based line of the body's first line in the file, so AST lines map back to the file
 */
public record Lesson(String id, String title, int chapter, String file, String markdown, int bodyLine) {
}
