/**
 * The frame everyone sees: the layout with its header, role navigation, language and text-size controls and the
 * "Quitter rapidement" button; the home page, made of the {@link fr.reperes.shell.HomePanel}s other modules offer;
 * "what is waiting for you" on a young person's or a parent's home, gathered from the
 * {@link fr.reperes.shell.WaitingActions} each module offers (the dossier's reactions, the autonomy module's request
 * draft, later the livret and surveys);
 * the département's branding; and the one path for errors (package {@code errors}): a refusal of the access policy,
 * an unknown address and an unexpected error each have one page inside the frame, and an error raised by a click
 * reaches the session's error handler, which logs it under a reference the person sees.
 * <p>
 * Tables: none.
 */
@ApplicationModule(
        displayName = "Shell",
        allowedDependencies = {"access", "identity", "platform"})
@NullMarked
package fr.reperes.shell;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
