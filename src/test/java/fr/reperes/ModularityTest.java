package fr.reperes;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.simpleNameEndingWith;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.simpleNameStartingWith;
import static com.tngtech.archunit.core.domain.properties.CanBeAnnotated.Predicates.annotatedWith;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noMethods;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.vaadin.flow.router.Route;
import fr.reperes.access.ContentReader;
import fr.reperes.identity.Viewer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.NullMarked;
import org.junit.jupiter.api.Test;
import org.springframework.context.event.EventListener;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Controller;
import org.springframework.stereotype.Service;
import org.springframework.web.bind.annotation.RestController;

/**
 * Each capability is a module; modules use each other's API only (the base package, or a named interface they
 * declare), without cycles. The module documentation is written from the same model.
 */
class ModularityTest {

    static final ApplicationModules MODULES = ApplicationModules.of(ReperesApplication.class);

    /** The named interfaces that write without a viewer. */
    private static final String[] IMPORTS = {
        "fr.reperes.dossier.imports..",
        "fr.reperes.autonomy.imports..",
        "fr.reperes.participation.imports..",
        "fr.reperes.content.imports.."
    };

    /** Who may use them: the demo, and the import interfaces themselves (autonomy's builds on the dossier's). */
    private static final String[] IMPORTERS = {
        "fr.reperes.demo..",
        "fr.reperes.dossier.imports..",
        "fr.reperes.autonomy.imports..",
        "fr.reperes.participation.imports..",
        "fr.reperes.content.imports.."
    };

    @Test
    void modulesRespectTheirBoundaries() {
        MODULES.verify();
    }

    /**
     * The import interfaces write without a viewer, so only the demo département (and, one day, an import module) may
     * reach them; an import interface may build on another module's.
     */
    @Test
    void onlyTheDemoUsesTheImportInterfaces() {
        JavaClasses production = production();
        classes()
                .that()
                .resideInAPackage("fr.reperes..imports..")
                .should()
                .onlyHaveDependentClassesThat()
                .resideInAnyPackage("fr.reperes.demo..", "fr.reperes..imports..")
                .because("the import interfaces skip the access policy")
                .check(production);
    }

    /**
     * Services read and write on behalf of a viewer, so that the access policy decides, or with the reader the policy
     * made for one (only the policy makes a ContentReader). Stores, which write without a check, are internal
     * components that only services and the import interfaces call. The few public methods without either are
     * listed here with the reason they need none; a new one fails this test until it is listed.
     */
    private static final Map<String, String> WITHOUT_A_VIEWER = Map.ofEntries(
            Map.entry("AuditJournal.daysOf", "the journal's own page; its caller passed the policy"),
            Map.entry("AuditJournal.countDaysOf", "the size of the journal's own page; its caller passed the policy"),
            Map.entry("AuditJournal.count", "a number, for tests of the journal and for the caller that passed"),
            Map.entry("AutonomyService.partners", "the département's public directory of partners"),
            Map.entry("FamilyAudience.allowedToSee", "asks the policy account by account before a notification"),
            Map.entry("FamilyAudience.youngPersonAllowedToSee", "asks the policy before a notification"),
            Map.entry("FamilyAudience.referentAllowedToSee", "asks the policy before a notification"),
            Map.entry("FamilyAudience.firstName", "the first name a notification carries to those allowed"),
            Map.entry("MeetingService.startingWithin", "ids and times for the reminders, which ask FamilyAudience"),
            Map.entry("AccountDirectory.create", "accounts are created by the invitation desk, which checks"),
            Map.entry("AccountDirectory.linkIdentity", "sign-in: there is no viewer yet"),
            Map.entry("AccountDirectory.viewerFor", "sign-in: makes the viewer"),
            Map.entry("AccountDirectory.forYoungPerson", "account state for the invitation desk, which checks"),
            Map.entry("AccountDirectory.forParent", "account state for the invitation desk, which checks"),
            Map.entry("AccountDirectory.forParents", "account state for the invitation desk, which checks"),
            Map.entry("AccountDirectory.rememberEmail", "sign-in: the provider's verified address"),
            Map.entry("AccountDirectory.recipients", "addresses for notifications FamilyAudience allowed"),
            Map.entry("AccountDirectory.recordSignIn", "sign-in: the visit the home page counts changes from"),
            Map.entry("FamilyAudience.accountAllowedToSee", "asks the policy before telling a reaction's author"),
            Map.entry("Notifications.tellAuthor", "tells the author if FamilyAudience allows"),
            Map.entry("InvitationService.redeem", "sign-in: the person has no account yet"),
            Map.entry("Notifications.tellFamily", "tells those FamilyAudience allows"),
            Map.entry("Notifications.tellYoungPerson", "tells those FamilyAudience allows"),
            Map.entry("Notifications.tellReferent", "tells those FamilyAudience allows"),
            Map.entry("Notifications.tellAccounts", "tells the council members its module's policy chose"),
            Map.entry("AccountDirectory.enabledAccountsOf", "accounts of council members the policy chose"));

    @Test
    void apiServicesActForAViewer() {
        JavaClasses production = production();
        List<String> unlisted = production.stream()
                .filter(type -> !type.getPackageName().equals("fr.reperes.dossier.imports")
                        && !type.getPackageName().equals("fr.reperes.autonomy.imports")
                        && !type.getPackageName().equals("fr.reperes.participation.imports")
                        && !type.getPackageName().equals("fr.reperes.content.imports"))
                .filter(type -> type.isAnnotatedWith(Service.class))
                .flatMap(type -> type.getMethods().stream())
                .filter(method -> method.getModifiers().contains(JavaModifier.PUBLIC))
                .filter(method -> !method.getModifiers().contains(JavaModifier.STATIC))
                .filter(method -> !method.getModifiers().contains(JavaModifier.SYNTHETIC))
                .filter(method -> method.getRawParameterTypes().stream()
                        .noneMatch(parameter -> parameter.isEquivalentTo(Viewer.class)
                                || parameter.isEquivalentTo(ContentReader.class)))
                .map(method -> method.getOwner().getSimpleName() + "." + method.getName())
                .filter(name -> !WITHOUT_A_VIEWER.containsKey(name))
                .distinct()
                .sorted()
                .toList();
        assertThat(unlisted).isEmpty();
    }

    /**
     * The survey definition writer asks no policy: only the survey editor (which asked first) and the import interface
     * (the demo's entry point) may call it, so that one implementation writes definitions and nobody skips the policy.
     */
    @Test
    void onlyTheEditorAndTheImportWriteSurveyDefinitions() {
        classes()
                .that()
                .haveSimpleName("SurveyDefinitionWriter")
                .should()
                .onlyHaveDependentClassesThat(resideInAnyPackage(IMPORTS)
                        .or(simpleNameStartingWith("SurveyEditor"))
                        .or(simpleNameStartingWith("SurveyDefinitionWriter")))
                .because("the writer skips the policy")
                .check(production());
    }

    /**
     * Stores write without any check, so only a service (after the policy, the input and the anonymity order were
     * checked) or an import interface (after the anonymity order was) may call them; never a view.
     */
    @Test
    void onlyServicesAndImportsUseTheStores() {
        classes()
                .that()
                .haveSimpleNameEndingWith("Store")
                .and()
                .resideInAPackage("fr.reperes..")
                .should()
                .onlyHaveDependentClassesThat(resideInAnyPackage(IMPORTS)
                        .or(annotatedWith(Service.class))
                        .or(simpleNameEndingWith("Store")))
                .because("a store writes without checking who asks")
                .check(production());
    }

    /** The demo and the import interfaces are never reached from the web or run on their own. */
    @Test
    void nothingThatImportsIsAPageOrAListener() {
        noClasses()
                .that()
                .resideInAnyPackage(IMPORTERS)
                .should()
                .beAnnotatedWith(Route.class)
                .orShould()
                .beAnnotatedWith(RestController.class)
                .orShould()
                .beAnnotatedWith(Controller.class)
                .check(production());
        noMethods()
                .that()
                .areDeclaredInClassesThat()
                .resideInAnyPackage(IMPORTERS)
                .should()
                .beAnnotatedWith(Scheduled.class)
                .orShould()
                .beAnnotatedWith(EventListener.class)
                .orShould()
                .beAnnotatedWith(ApplicationModuleListener.class)
                .check(production());
    }

    /** Every package says that its types are non-null unless marked, so that NullAway checks them all. */
    @Test
    void everyPackageIsNullMarked() {
        List<String> unmarked = production().stream()
                .map(JavaClass::getPackageName)
                .distinct()
                .filter(name -> !nullMarked(name))
                .sorted()
                .toList();
        assertThat(unmarked).isEmpty();
    }

    private static boolean nullMarked(String packageName) {
        try {
            return Class.forName(packageName + ".package-info").isAnnotationPresent(NullMarked.class);
        } catch (ClassNotFoundException noPackageInfo) {
            return false;
        }
    }

    private static JavaClasses production() {
        return new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("fr.reperes");
    }

    @Test
    void writesTheModuleDocumentation() throws Exception {
        Path folder = Path.of("target", "spring-modulith-docs");
        new Documenter(MODULES, Documenter.Options.defaults().withOutputFolder(folder.toString())).writeDocumentation();
        assertThat(folder.resolve("components.puml")).exists();
        assertThat(folder.resolve("module-dossier.adoc")).exists();
        assertThat(Files.readString(folder.resolve("components.puml"))).contains("Observatory");
    }
}
