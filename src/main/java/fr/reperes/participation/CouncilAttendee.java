package fr.reperes.participation;

/** A member who may have attended a session (their mandate was active that day), as the minutes name them. */
public record CouncilAttendee(long mandateId, String firstName, boolean attended) {}
