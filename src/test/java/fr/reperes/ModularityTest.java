package fr.reperes;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Each capability is a module; modules use each other's API only (the base package, or a named interface they
 * declare), without cycles. The module documentation is written from the same model.
 */
class ModularityTest {

    static final ApplicationModules MODULES = ApplicationModules.of(ReperesApplication.class);

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
        JavaClasses production = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("fr.reperes");
        classes().that().resideInAPackage("fr.reperes..imports..")
                .should().onlyHaveDependentClassesThat()
                .resideInAnyPackage("fr.reperes.demo..", "fr.reperes..imports..")
                .because("the import interfaces skip the access policy")
                .check(production);
    }

    @Test
    void writesTheModuleDocumentation() throws Exception {
        Path folder = Path.of("target", "spring-modulith-docs");
        new Documenter(MODULES, Documenter.Options.defaults().withOutputFolder(folder.toString()))
                .writeDocumentation();
        assertThat(folder.resolve("components.puml")).exists();
        assertThat(folder.resolve("module-dossier.adoc")).exists();
        assertThat(Files.readString(folder.resolve("components.puml"))).contains("Observatory");
    }
}
