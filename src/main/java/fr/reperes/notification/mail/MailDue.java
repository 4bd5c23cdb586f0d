package fr.reperes.notification.mail;

/**
 * A bell entry whose recipient has an address: its mail is due once the entry is committed. Only the entry's id is
 * kept in the event publication registry, never an address or a name.
 */
public record MailDue(long notificationId) {}
