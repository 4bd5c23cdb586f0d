package fr.reperes.autonomy.pathway;

import fr.reperes.autonomy.AutonomyAges;
import fr.reperes.autonomy.grid.AutonomyView;
import fr.reperes.autonomy.request.YoungAdultRequestView;
import fr.reperes.dossier.ChildCard;
import fr.reperes.dossier.YoungPersonService;
import fr.reperes.identity.Role;
import fr.reperes.identity.Viewer;
import fr.reperes.shell.MenuAdvice;
import fr.reperes.shell.MenuAdvisor;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.springframework.stereotype.Component;

/**
 * The autonomy pages open at 16: before that they could only say "not yet", so the menu does not offer them (the
 * young person's home says when the space opens; a typed address still says it). A parent sees "Projet d'autonomie"
 * when one of the children whose file is open to them is 16 or older.
 */
@Component
class AutonomyMenu implements MenuAdvisor {

    private static final int SPACE_OPENS_AT = 16;

    private final YoungPersonService youngPeople;
    private final Clock clock;

    AutonomyMenu(YoungPersonService youngPeople, Clock clock) {
        this.youngPeople = youngPeople;
        this.clock = clock;
    }

    @Override
    public MenuAdvice advise(Viewer viewer) {
        if (viewer.role() == Role.JEUNE && viewer.youngPersonId() != null) {
            LocalDate birthDate =
                    youngPeople.profile(viewer, viewer.youngPersonId()).birthDate();
            boolean notYet = LocalDate.now(clock).isBefore(AutonomyAges.spaceOpensOn(birthDate));
            return new MenuAdvice(
                    List.of(), view -> notYet && (view == AutonomyView.class || view == YoungAdultRequestView.class));
        }
        if (viewer.role() == Role.PARENT && viewer.parentId() != null) {
            boolean noneOldEnough = youngPeople.children(viewer).stream()
                    .filter(ChildCard::open)
                    .map(ChildCard::age)
                    .filter(Objects::nonNull)
                    .noneMatch(age -> age >= SPACE_OPENS_AT);
            return new MenuAdvice(List.of(), view -> noneOldEnough && view == ChildAutonomyView.class);
        }
        return MenuAdvice.none();
    }
}
