package fr.reperes.shell;

import fr.reperes.identity.Viewer;
import java.util.List;

/**
 * The extension point for "what is waiting for you" on the home page of a young person or a parent: each module that
 * owns something to do (the dossier's reactions, the autonomy module's request draft, one day the livret and the
 * surveys) offers its own, read through its services so that the access policy decides and the read is journaled.
 * The home page lists them all in the order of {@link #order()}; a module with nothing waiting returns an empty list.
 */
public interface WaitingActions {

    List<WaitingAction> waitingFor(Viewer viewer);

    /**
     * Whether this kind of action can ever wait for the viewer (a request draft for a young person only; nothing of
     * a file for a parent every file is closed to). With no provider concerned, the home shows no "what waits" at all.
     */
    default boolean concerns(Viewer viewer) {
        return true;
    }

    /** Providers are listed in ascending order. */
    default int order() {
        return 0;
    }
}
