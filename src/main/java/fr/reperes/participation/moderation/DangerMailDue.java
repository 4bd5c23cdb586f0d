package fr.reperes.participation.moderation;

/** A danger routed to the département's duty address: its mail goes out once the routing is committed. Id only. */
public record DangerMailDue(long routingId) {}
