package fr.reperes.shell.home;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.i18n.I18NProvider;
import fr.reperes.identity.Role;
import fr.reperes.identity.Viewer;
import fr.reperes.shell.HomePanel;
import java.util.EnumSet;
import java.util.Objects;
import org.springframework.stereotype.Component;

/**
 * The space of the roles that never see an individual file (animateur, observatoire, administrator): what their
 * role is for here, and the reminder that the portal shows them no young person's file.
 */
@Component
class StaffSpacePanel implements HomePanel {

    private static final EnumSet<Role> ROLES = EnumSet.of(Role.ANIMATEUR, Role.OBSERVATOIRE, Role.ADMIN);

    @Override
    public boolean appliesTo(Viewer viewer) {
        return ROLES.contains(viewer.role());
    }

    @Override
    public com.vaadin.flow.component.Component create(Viewer viewer) {
        String role = Objects.requireNonNull(viewer.role(), "appliesTo lets only staff roles through")
                .name();
        Div panel = new Div(
                new H2(getTranslation("space." + role + ".title")),
                new Paragraph(getTranslation("space." + role + ".text")),
                new Paragraph(getTranslation("space.no-individual-file")));
        panel.addClassName("reperes-card");
        return panel;
    }

    private static String getTranslation(String key) {
        return I18NProvider.translate(key);
    }
}
