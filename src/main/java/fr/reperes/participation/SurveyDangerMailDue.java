package fr.reperes.participation;

/**
 * A survey's free text routed to the CRIP as a danger: its mail goes out once the routing is committed. Id only (the
 * routing row holds what the CRIP is told, and nothing that names the writer).
 */
public record SurveyDangerMailDue(long routingId) {}
