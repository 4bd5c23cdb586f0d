/**
 * The frame everyone sees: the layout with its header, role navigation, language and text-size controls and the
 * "Quitter rapidement" button; the home page, made of the {@link fr.reperes.shell.HomePanel}s other modules offer;
 * and the département's branding.
 */
@ApplicationModule(displayName = "Shell",
        allowedDependencies = {"identity", "platform"})
@NullMarked
package fr.reperes.shell;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
