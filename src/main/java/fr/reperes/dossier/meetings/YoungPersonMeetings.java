package fr.reperes.dossier.meetings;

import java.util.List;

/** A young person's meetings for one reader: upcoming (soonest first) and past (latest first). */
public record YoungPersonMeetings(long youngPersonId, String firstName, List<Meeting> upcoming, List<Meeting> past) {}
