package fr.reperes.dossier;

/** How to reach a professional: the référent on a young person's or a parent's page. */
public record ContactCard(String name, String jobTitle, String service, String phone, String email) {}
