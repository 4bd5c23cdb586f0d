package fr.reperes.autonomy.project;

import com.vaadin.flow.component.Component;
import fr.reperes.autonomy.AutonomyDomain;
import fr.reperes.autonomy.pathway.PathwayCards;
import fr.reperes.autonomy.pathway.PathwayService;
import fr.reperes.dossier.CarePlanAttachment;
import fr.reperes.identity.Viewer;
import fr.reperes.platform.BundleTranslations;
import fr.reperes.platform.DateTexts;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** Shows and prints the projet d'accès à l'autonomie with the PPE version it was published with. */
@org.springframework.stereotype.Component
class ProjectAttachment implements CarePlanAttachment {

    private final PathwayService pathways;
    private final BundleTranslations translations;
    private final DateTexts dates;

    ProjectAttachment(PathwayService pathways, BundleTranslations translations, DateTexts dates) {
        this.pathways = pathways;
        this.dates = dates;
        this.translations = translations;
    }

    @Override
    public Optional<Component> render(Viewer viewer, long youngPersonId, long versionId) {
        return pathways.projectOfVersion(viewer, youngPersonId, versionId)
                .map(project -> PathwayCards.project(project, dates));
    }

    @Override
    public Optional<Printed> print(Viewer viewer, long youngPersonId, long versionId, Locale locale) {
        return pathways.projectOfVersion(viewer, youngPersonId, versionId).map(project -> {
            List<Section> sections = new ArrayList<>();
            sections.add(new Section(
                    t(locale, "project.recorded", dates.day(project.recordedAt(), locale), project.authorName()),
                    null,
                    List.of()));
            for (AutonomyDomain domain : AutonomyDomain.values()) {
                List<String> actions = project.actions().stream()
                        .filter(a -> a.domain() == domain)
                        .map(a -> t(locale, "project.action", a.what(), a.who())
                                + (a.dueOn() == null
                                        ? ""
                                        : " · " + t(locale, "project.action.due", dates.day(a.dueOn(), locale))))
                        .toList();
                String goals = project.goals().get(domain);
                if (goals != null || !actions.isEmpty()) {
                    sections.add(new Section(t(locale, "autonomy.domain." + domain.name()), goals, actions));
                }
            }
            return new Printed(t(locale, "project.title"), sections);
        });
    }

    private String t(Locale locale, String key, Object... params) {
        return translations.getTranslation(key, locale, params);
    }
}
