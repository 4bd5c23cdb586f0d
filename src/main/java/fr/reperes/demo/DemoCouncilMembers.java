package fr.reperes.demo;

import fr.reperes.identity.AccountDirectory;
import fr.reperes.identity.AccountSummary;
import fr.reperes.identity.NewAccount;
import fr.reperes.identity.Role;
import fr.reperes.identity.Viewer;
import fr.reperes.participation.CouncilKind;
import fr.reperes.participation.CouncilMembers;
import fr.reperes.participation.CouncilSessions;
import fr.reperes.participation.MemberSex;
import fr.reperes.participation.NewCouncilSession;
import fr.reperes.participation.imports.CouncilImport;
import fr.reperes.participation.imports.CouncilImport.NewMandate;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The council's life around its members, played by yanis through the services: two past sessions with their minutes,
 * the next one in ten days, a young person of the département who asked to join and waits for an answer, and a small
 * conseil des parents with four generated parents.
 */
@Component
class DemoCouncilMembers {

    static final String PARENTS_COUNCIL = "Conseil départemental des parents";

    private final CouncilMembers members;
    private final CouncilSessions sessions;
    private final CouncilImport councils;
    private final AccountDirectory accounts;
    private final JdbcClient jdbc;

    DemoCouncilMembers(
            CouncilMembers members,
            CouncilSessions sessions,
            CouncilImport councils,
            AccountDirectory accounts,
            JdbcClient jdbc) {
        this.members = members;
        this.sessions = sessions;
        this.councils = councils;
        this.accounts = accounts;
        this.jdbc = jdbc;
    }

    void load(DemoCouncil.Cast cast, long dep, List<DemoPathways.Person> population, LocalDate today) {
        Viewer yanis = cast.animateur();
        long council = cast.councilId();
        long first = sessions.plan(
                yanis,
                council,
                new NewCouncilSession(
                        today.minusMonths(2).atTime(17, 30),
                        "Maison du département, salle 2",
                        "",
                        "1. Tour de table\n2. Les sorties de l’été\n3. Le wifi dans les foyers"));
        sessions.publishMinutes(
                yanis,
                first,
                "Tour de table : chacun a dit ce qu’il attend du conseil. Sorties de l’été : Mehdi propose une"
                        + " journée à la mer, le groupe est d’accord pour l’écrire en proposition. Wifi : plusieurs"
                        + " membres disent que le wifi est coupé à 21 h dans certains foyers ; on en reparle à la"
                        + " prochaine séance.",
                attendees(cast, 10));
        long second = sessions.plan(
                yanis,
                council,
                new NewCouncilSession(
                        today.minusMonths(1).atTime(17, 30),
                        "",
                        "https://visio.demo.reperes.fr/conseil-jeunes",
                        "1. Le wifi dans les foyers\n2. Préparer le vote"));
        sessions.publishMinutes(
                yanis,
                second,
                "Séance en ligne. Wifi : la proposition est écrite et publiée pour que tout le monde la commente."
                        + " Vote : il sera ouvert après la prochaine séance.",
                attendees(cast, 8));
        sessions.plan(
                yanis,
                council,
                new NewCouncilSession(
                        today.plusDays(10).atTime(17, 30),
                        "Maison du département, salle 2",
                        "https://visio.demo.reperes.fr/conseil-jeunes",
                        "1. Résultats du vote\n2. La réponse du département sur le wifi\n3. Idées pour la rentrée"));
        askToJoin(cast, dep, population, today);
        parents(dep, yanis, today);
    }

    /** The first {@code count} seats, Mehdi first: those who attended. */
    private static Set<Long> attendees(DemoCouncil.Cast cast, int count) {
        return cast.seats().stream()
                .limit(count)
                .map(DemoCouncil.Seat::mandateId)
                .collect(Collectors.toSet());
    }

    /** A young person of the population, not on the council, asks to join it from their space. */
    private void askToJoin(DemoCouncil.Cast cast, long dep, List<DemoPathways.Person> population, LocalDate today) {
        Set<Long> seated =
                cast.seats().stream().map(seat -> seat.viewer().youngPersonId()).collect(Collectors.toSet());
        DemoPathways.Person candidate = population.stream()
                .filter(person -> !seated.contains(person.id()))
                .filter(person -> {
                    long age = ChronoUnit.YEARS.between(person.birthDate(), today);
                    return age >= 13 && age <= 17;
                })
                .findFirst()
                .orElseThrow();
        AccountSummary account = accounts.create(NewAccount.youngPerson(dep, candidate.name(), candidate.id()));
        Viewer viewer = new Viewer(account.id(), null, candidate.name(), Role.JEUNE, dep, candidate.id(), null, null);
        members.askToJoin(viewer, cast.councilId(), MemberSex.UNSAID);
    }

    /** A conseil des parents with four generated parents (the personas stay out of it). */
    private void parents(long dep, Viewer yanis, LocalDate today) {
        long council = members.create(yanis, null, CouncilKind.PARENTS, PARENTS_COUNCIL);
        record Parent(long id, String firstName) {}
        List<Parent> parents = jdbc.sql("""
                        SELECT p.id, p.first_name FROM dossier_parent_view p
                        WHERE p.departement_id = :dep
                        ORDER BY p.id DESC LIMIT 4""")
                .param("dep", dep)
                .query((rs, n) -> new Parent(rs.getLong("id"), rs.getString("first_name")))
                .list();
        for (Parent parent : parents) {
            LocalDate start = today.minusMonths(6);
            councils.mandate(new NewMandate(
                    council,
                    null,
                    parent.id(),
                    parent.firstName(),
                    MemberSex.UNSAID,
                    start,
                    CouncilMembers.endOfMandate(start),
                    null,
                    null));
        }
    }
}
