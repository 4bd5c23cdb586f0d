package fr.reperes.identity;

import fr.reperes.access.ParentalAuthority;
import fr.reperes.dossier.Kinship;
import fr.reperes.dossier.caseload.InvitationDesk;
import fr.reperes.dossier.imports.DossierImport;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A new young person followed by a persona référent, with one parent holding authority, both signed in through
 * invitation codes (so both accounts are active), for tests that replace or break their access.
 */
public record InvitedFamily(
        long youngPersonId,
        String firstName,
        long parentId,
        String parentName,
        String youngSubject,
        String parentSubject) {

    private static final AtomicInteger ADDRESSES = new AtomicInteger();

    /**
     * A documentation address (RFC 3849) in a /64 network of its own (addresses count by /64), so that tests never
     * share an address lock.
     */
    public static String freshAddress() {
        return "2001:db8:" + Integer.toHexString(ADDRESSES.incrementAndGet()) + ":"
                + Integer.toHexString((int) (System.nanoTime() & 0xffff)) + "::1";
    }

    public static InvitedFamily followedBy(ApplicationContext context, String referentSubject) {
        Viewer referent = TestSignIn.viewer(context, referentSubject);
        JdbcClient jdbc = context.getBean(JdbcClient.class);
        DossierImport dossier = context.getBean(DossierImport.class);
        long territory = jdbc.sql("SELECT MIN(id) FROM territory WHERE departement_id = :dep")
                .param("dep", referent.departementId())
                .query(Long.class)
                .single();
        String tag = UUID.randomUUID().toString().substring(0, 8);
        String firstName = "Acces" + tag;
        long id = dossier.youngPeople(
                        referent.departementId(),
                        List.of(new DossierImport.NewYoungPerson(
                                territory,
                                firstName,
                                "Famille",
                                LocalDate.now().minusYears(15),
                                referent.professionalId(),
                                false)))
                .getFirst();
        long parent = dossier.parents(
                        referent.departementId(),
                        List.of(new DossierImport.NewParent("Parent" + tag, "Famille", null, null)))
                .getFirst();
        dossier.parentLinks(
                List.of(new DossierImport.NewParentLink(id, parent, Kinship.MOTHER, ParentalAuthority.HOLDS, false)));
        InvitationDesk desk = context.getBean(InvitationDesk.class);
        InvitationService invitations = context.getBean(InvitationService.class);
        String youngSubject = "jeune-" + tag;
        String parentSubject = "parent-" + tag;
        link(invitations, youngSubject, desk.inviteYoungPerson(referent, id).code());
        link(invitations, parentSubject, desk.inviteParent(referent, id, parent).code());
        return new InvitedFamily(id, firstName, parent, "Parent" + tag + " Famille", youngSubject, parentSubject);
    }

    private static void link(InvitationService invitations, String subject, String code) {
        if (!(invitations.redeem(subject, freshAddress(), code) instanceof Redemption.Linked)) {
            throw new IllegalStateException("The fixture's code did not link " + subject);
        }
    }
}
