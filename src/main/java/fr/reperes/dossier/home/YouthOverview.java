package fr.reperes.dossier.home;

import fr.reperes.dossier.YoungPersonProfile;
import java.util.List;

/** "What's next for me": the young person's home page. */
public record YouthOverview(YoungPersonProfile profile, List<Milestone> upcoming) {}
