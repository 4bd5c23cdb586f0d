package fr.reperes.autonomy;

/** A request for a contrat jeune majeur changed state; the young person is told once it is committed. */
public record YoungAdultRequestMoved(long youngPersonId, long requestId, RequestStatus status) {}
