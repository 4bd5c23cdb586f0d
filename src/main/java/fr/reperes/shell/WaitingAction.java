package fr.reperes.shell;

/**
 * Something waiting for the person on their home page: a request draft to finish, a PPE to react to, and later a
 * livret or a survey to read. The module that owns it writes the text already in the reader's voice ("tu" for a
 * young person, "vous" and the child's first name for a parent) and the page it opens.
 *
 * @param text what to do, in words
 * @param link the page where it is done, relative to the portal ("ppe?jeune=12")
 */
public record WaitingAction(String text, String link) {}
