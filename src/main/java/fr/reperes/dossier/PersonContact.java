package fr.reperes.dossier;

/** Someone the young person or the family can reach. */
public record PersonContact(ContactKind kind, String name, String organisation, String phone, String email) {
}
