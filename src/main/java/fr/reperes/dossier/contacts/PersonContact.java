package fr.reperes.dossier.contacts;

import fr.reperes.dossier.ContactKind;

/** Someone the young person or the family can reach. */
public record PersonContact(ContactKind kind, String name, String organisation, String phone, String email) {}
