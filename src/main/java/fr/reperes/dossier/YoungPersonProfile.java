package fr.reperes.dossier;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** Who a young person is, with their référent; the IDENTITY kind of information. */
public record YoungPersonProfile(
        long id,
        String firstName,
        String lastName,
        LocalDate birthDate,
        int age,
        String territory,
        @Nullable ContactCard referent) {

    public String fullName() {
        return firstName + " " + lastName;
    }
}
