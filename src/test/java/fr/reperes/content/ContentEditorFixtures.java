package fr.reperes.content;

import fr.reperes.dossier.imports.DossierImport;
import fr.reperes.identity.AccountDirectory;
import fr.reperes.identity.NewAccount;
import fr.reperes.identity.Role;
import fr.reperes.identity.Viewer;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.springframework.context.ApplicationContext;

/** A département of the test's own with its ADMIN, so that editing never touches the demo département's content. */
public final class ContentEditorFixtures {

    private ContentEditorFixtures() {}

    /** A new département and its ADMIN (a real account, which views can sign in as: published versions name it). */
    public static Viewer adminOfNewDepartement(ApplicationContext context) {
        String code = "E" + UUID.randomUUID().toString().substring(0, 8);
        long dep = context.getBean(DossierImport.class).departement(code, "Département " + code);
        String name = "Admin " + code;
        AccountDirectory accounts = context.getBean(AccountDirectory.class);
        long account = accounts.create(new NewAccount(dep, Role.ADMIN, name, null, null, null))
                .id();
        String subject = "admin-" + code.toLowerCase(Locale.ROOT);
        accounts.linkIdentity(account, subject);
        return new Viewer(account, subject, name, Role.ADMIN, dep, null, null, null);
    }

    /** A book with a unique code in the ADMIN's département. */
    public static long book(ApplicationContext context, Viewer admin, BookKind kind) {
        String code = "T_" + UUID.randomUUID().toString().substring(0, 8).toUpperCase(Locale.ROOT);
        return context.getBean(ContentEditor.class)
                .createBook(admin, code, kind, Map.of(PageLanguage.FR, "Livret " + code));
    }
}
