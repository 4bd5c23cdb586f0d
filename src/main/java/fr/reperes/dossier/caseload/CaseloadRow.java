package fr.reperes.dossier.caseload;

import java.time.LocalDate;

public record CaseloadRow(long id, String firstName, String lastName, LocalDate birthDate, int age, String territory) {

    public String fullName() {
        return lastName + " " + firstName;
    }
}
