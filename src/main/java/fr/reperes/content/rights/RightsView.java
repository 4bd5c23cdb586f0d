package fr.reperes.content.rights;

import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import fr.reperes.content.BookKind;
import fr.reperes.content.ContentLibrary;
import fr.reperes.content.GlossaryTerms;
import fr.reperes.content.LibraryBook;
import fr.reperes.content.PageLanguage;
import fr.reperes.content.ReadingPage;
import fr.reperes.content.pages.PageArticle;
import fr.reperes.content.pages.PictogramCredit;
import fr.reperes.content.render.GlossaryTerm;
import fr.reperes.dossier.FamilyMeasures;
import fr.reperes.identity.CurrentViewer;
import fr.reperes.identity.Role;
import fr.reperes.identity.Viewer;
import fr.reperes.shell.PageSummary;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * "Mes droits": the pages of the département's rights guide that apply, chosen by measures and age ({@link
 * RightsRules}), in the language the reader chose (or in French), each read aloud and with its words explained.
 */
@Route(RightsView.ROUTE)
@RolesAllowed({"JEUNE", "PARENT"})
@Menu(title = "nav.rights", order = 20, icon = "vaadin:shield")
public class RightsView extends VerticalLayout implements HasDynamicTitle {

    static final String ROUTE = "droits";

    private final String title;

    RightsView(CurrentViewer currentViewer, FamilyMeasures measures, ContentLibrary library, GlossaryTerms glossary) {
        Viewer viewer = currentViewer.require();
        setMaxWidth("48rem");
        addClassName("reperes-livret");
        title = getTranslation(viewer.audience().key("rights.title"));
        add(new H1(title));
        PageLanguage language = library.readingLanguage(viewer);
        List<ReadingPage> guide = library.books(viewer, language).stream()
                .filter(book -> book.kind() == BookKind.RIGHTS)
                .findFirst()
                .map(LibraryBook::code)
                .map(code -> library.book(viewer, code, language).pages())
                .orElse(List.of());
        List<GlossaryTerm> terms = glossary.of(Objects.requireNonNull(viewer.departementId()), language, viewer.role());
        boolean parent = viewer.role() == Role.PARENT;
        List<FamilyMeasures.Child> children = measures.mine(viewer);
        if (children.isEmpty()) {
            add(new Paragraph(getTranslation(viewer.audience().key("measures.none-open"))));
        }
        for (FamilyMeasures.Child child : children) {
            Section section = new Section();
            if (parent) {
                section.add(new H2(getTranslation("rights.as-parent-of", child.firstName())));
            }
            Set<String> applying = (parent
                            ? RightsRules.forParent(child.measures())
                            : RightsRules.forYoungPerson(child.age(), child.measures()))
                    .stream().map(Right::name).collect(Collectors.toSet());
            for (ReadingPage page : guide) {
                if (RightsRules.shown(page.slug(), applying)) {
                    section.add(new PageArticle(
                            page.title(),
                            page.body(),
                            page.language(),
                            terms,
                            false,
                            "d" + child.youngPersonId() + "-" + page.pageId()));
                }
            }
            add(section);
        }
        PictogramCredit.forBodies(guide.stream().map(ReadingPage::body).toList())
                .ifPresent(this::add);
        addComponentAtIndex(1, PageSummary.of(this, H2.class));
    }

    @Override
    public String getPageTitle() {
        return title;
    }
}
