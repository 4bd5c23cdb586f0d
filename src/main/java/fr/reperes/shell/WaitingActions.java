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

    /** Providers are listed in ascending order. */
    default int order() {
        return 0;
    }
}
