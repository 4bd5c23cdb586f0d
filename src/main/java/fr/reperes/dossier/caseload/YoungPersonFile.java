package fr.reperes.dossier.caseload;

import fr.reperes.dossier.YoungPersonProfile;
import java.util.List;

/** A young person's page for their référent. */
public record YoungPersonFile(
        YoungPersonProfile profile, boolean anonymityOrdered, AccountState account, List<ParentLine> parents) {}
