package fr.reperes.content.rights;

import fr.reperes.dossier.ChildCard;
import fr.reperes.dossier.YoungPersonService;
import fr.reperes.identity.Role;
import fr.reperes.identity.Viewer;
import fr.reperes.shell.MenuAdvice;
import fr.reperes.shell.MenuAdvisor;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * A parent whose every child's file is closed to them (authority withdrawn, adult child who has not shared) is not
 * offered "Vos droits de parent" nor the livrets, written for parents who take part in the measure: the home page
 * explains what they keep, and a typed address still answers. As the dossier's own pages (dossier's FamilyMenu). The
 * lexique stays offered.
 */
@Component
class RightsMenu implements MenuAdvisor {

    /** The livrets and the rights guide; the lexique stays, as before. */
    private static final List<String> FAMILY_CONTENT_VIEWS =
            List.of("fr.reperes.content.reading", "fr.reperes.content.rights");

    private final YoungPersonService youngPeople;

    RightsMenu(YoungPersonService youngPeople) {
        this.youngPeople = youngPeople;
    }

    @Override
    public MenuAdvice advise(Viewer viewer) {
        if (viewer.role() != Role.PARENT || viewer.parentId() == null) {
            return MenuAdvice.none();
        }
        boolean noneOpen = youngPeople.children(viewer).stream().noneMatch(ChildCard::open);
        return new MenuAdvice(List.of(), view -> noneOpen && FAMILY_CONTENT_VIEWS.contains(view.getPackageName()));
    }
}
