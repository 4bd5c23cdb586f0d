package fr.reperes.notification.mail;

/**
 * Bell entries written together, in one statement, for one occasion of one kind (a council's members told of an
 * answer): after the commit each entry is handed on as its own {@link MailDue}, so that a mail the server refuses is
 * retried alone. Only the kind and the occasion are kept in the event publication registry.
 */
public record MailsDue(String kind, String occasion) {}
