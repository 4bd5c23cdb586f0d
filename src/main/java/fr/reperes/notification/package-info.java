/**
 * Telling the family that something new is waiting: the bell in the portal (with the young person's first name, to
 * those the policy allows) and an e-mail that never carries case content. Sent when a PPE version or meeting notes
 * are published, a document is shared, a meeting moves (never saying where), two days before a meeting, once, and to
 * its author alone when a reaction is answered. The home page of a young person or a parent shows what they were told
 * since their previous sign-in (package {@code home}). Other modules tell the young person alone about their own
 * pathway (the autonomy module's reminders), through {@link fr.reperes.notification.Notifications#tellYoungPerson}.
 * <p>
 * Tables: notification, meeting_reminder.
 */
@ApplicationModule(
        displayName = "Notifications",
        allowedDependencies = {"access", "dossier", "identity", "platform", "shell"})
@NullMarked
package fr.reperes.notification;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
