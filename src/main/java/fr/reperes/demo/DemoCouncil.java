package fr.reperes.demo;

import fr.reperes.identity.AccountDirectory;
import fr.reperes.identity.AccountSummary;
import fr.reperes.identity.NewAccount;
import fr.reperes.identity.Role;
import fr.reperes.identity.Viewer;
import fr.reperes.participation.CouncilKind;
import fr.reperes.participation.MemberSex;
import fr.reperes.participation.imports.CouncilImport;
import fr.reperes.participation.imports.CouncilImport.NewMandate;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * The département's conseil des jeunes, run by yanis: Mehdi and twelve young people of the generated population, aged
 * 12 to 20 with distinct first names, each with an account (never signed in) so that the council's story can be
 * played through the services as they would play it.
 */
@Component
class DemoCouncil {

    static final String NAME = "Conseil départemental des jeunes";

    private static final Set<String> GIRLS = Set.of(
            "Alice", "Aya", "Chloé", "Emma", "Inès", "Jade", "Kenza", "Léa", "Manon", "Maya", "Nour", "Romane", "Sarah",
            "Yasmine", "Zoé", "Fatou", "Lola", "Lina", "Anaïs", "Éva");

    /** A young person who sits on the council, with the account they act from. */
    record Member(long youngPersonId, long accountId, String firstName, LocalDate birthDate) {}

    /** The council as loaded, for the parts of the story that follow (proposals, votes, answers). */
    record Cast(long councilId, Viewer animateur, List<Seat> seats) {
        /** Mehdi's seat comes first. */
        Seat mehdi() {
            return seats.getFirst();
        }
    }

    /** A member, their mandate and the viewer they act as. */
    record Seat(long mandateId, Viewer viewer, String firstName) {}

    private final CouncilImport councils;
    private final AccountDirectory accounts;
    private final DemoCouncilMembers councilMembers;
    private final DemoCouncilDebate debate;
    private final DemoCouncilVotes votes;
    private final DemoCouncilAnswers answers;

    DemoCouncil(
            CouncilImport councils,
            AccountDirectory accounts,
            DemoCouncilMembers councilMembers,
            DemoCouncilDebate debate,
            DemoCouncilVotes votes,
            DemoCouncilAnswers answers) {
        this.councils = councils;
        this.accounts = accounts;
        this.councilMembers = councilMembers;
        this.debate = debate;
        this.votes = votes;
        this.answers = answers;
    }

    Cast load(long dep, Member mehdi, Viewer animateur, List<DemoPathways.Person> population, LocalDate today) {
        long council = councils.council(dep, null, CouncilKind.YOUTH, NAME);
        List<Seat> seats = new ArrayList<>();
        seats.add(seat(dep, council, mehdi, MemberSex.BOY, today.minusMonths(10)));
        Set<String> taken = new HashSet<>(Set.of("Mehdi", "Lina", "Léo", "Amina"));
        for (DemoPathways.Person person : population) {
            if (seats.size() == 13) {
                break;
            }
            long age = ChronoUnit.YEARS.between(person.birthDate(), today);
            String firstName = person.name().substring(0, person.name().indexOf(' '));
            if (age < 12 || age > 20 || !taken.add(firstName)) {
                continue;
            }
            AccountSummary account = accounts.create(NewAccount.youngPerson(dep, person.name(), person.id()));
            Member member = new Member(person.id(), account.id(), firstName, person.birthDate());
            // A third joined at the council's start, the others at its renewal ten months ago.
            LocalDate start = seats.size() % 3 == 0 ? today.minusMonths(20) : today.minusMonths(10);
            seats.add(seat(dep, council, member, GIRLS.contains(firstName) ? MemberSex.GIRL : MemberSex.BOY, start));
        }
        Cast cast = new Cast(council, animateur, List.copyOf(seats));
        councilMembers.load(cast, dep, population, today);
        debate.load(cast);
        votes.load(cast);
        answers.load(cast);
        return cast;
    }

    private Seat seat(long dep, long council, Member member, MemberSex sex, LocalDate start) {
        long mandate = councils.mandate(new NewMandate(
                council,
                member.youngPersonId(),
                null,
                member.firstName(),
                sex,
                start,
                start.plusYears(2).minusDays(1),
                null,
                null));
        Viewer viewer = new Viewer(
                member.accountId(), null, member.firstName(), Role.JEUNE, dep, member.youngPersonId(), null, null);
        return new Seat(mandate, viewer, member.firstName());
    }
}
