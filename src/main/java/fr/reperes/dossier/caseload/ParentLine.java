package fr.reperes.dossier.caseload;

import fr.reperes.access.ParentalAuthority;
import fr.reperes.dossier.Kinship;

/** A parent as the référent sees them on a young person's page. */
public record ParentLine(
        long parentId,
        String firstName,
        String lastName,
        Kinship kinship,
        ParentalAuthority authority,
        boolean grantedByYoungAdult,
        AccountState account) {

    public String fullName() {
        return firstName + " " + lastName;
    }
}
