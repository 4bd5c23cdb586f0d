package fr.reperes.dossier.home;

import fr.reperes.dossier.ChildCard;
import fr.reperes.dossier.YoungPersonService;
import fr.reperes.identity.Role;
import fr.reperes.identity.Viewer;
import fr.reperes.shell.MenuAdvice;
import fr.reperes.shell.MenuAdvisor;
import java.util.List;
import java.util.Objects;
import org.springframework.stereotype.Component;

/**
 * A parent's menu speaks of their children by first name ("Le PPE de Lina"); a parent whose every child's file is
 * closed to them (authority withdrawn or delegated, adult child who has not shared) is not offered the dossier's pages,
 * which could only say "nothing is open to you": the home page explains why, and a typed address still says so.
 */
@Component
class FamilyMenu implements MenuAdvisor {

    private static final String DOSSIER_VIEWS = "fr.reperes.dossier.";

    private final YoungPersonService youngPeople;

    FamilyMenu(YoungPersonService youngPeople) {
        this.youngPeople = youngPeople;
    }

    @Override
    public MenuAdvice advise(Viewer viewer) {
        if (viewer.role() != Role.PARENT || viewer.parentId() == null) {
            return MenuAdvice.none();
        }
        List<String> open = youngPeople.children(viewer).stream()
                .filter(ChildCard::open)
                .map(ChildCard::firstName)
                .filter(Objects::nonNull)
                .toList();
        return new MenuAdvice(
                open, view -> open.isEmpty() && view.getPackageName().startsWith(DOSSIER_VIEWS));
    }
}
