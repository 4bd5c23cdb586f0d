/**
 * Telling the family that something new is waiting: the bell in the portal (with the young person's first name, to
 * those the policy allows) and an e-mail that never carries case content. Sent when a PPE version or meeting notes
 * are published, and two days before a meeting, once.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Notifications")
package fr.reperes.notification;
