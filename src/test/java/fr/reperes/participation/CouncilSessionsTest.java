package fr.reperes.participation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.reperes.IntegrationTest;
import fr.reperes.access.AccessRefusedException;
import fr.reperes.identity.TestSignIn;
import fr.reperes.identity.Viewer;
import fr.reperes.platform.InvalidInputException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/**
 * Sessions against the database: planned by the animateur, read by members only, and minutes published after the
 * session naming members by first name only.
 */
@IntegrationTest
class CouncilSessionsTest {

    @Autowired
    ApplicationContext context;

    @Autowired
    CouncilSessions sessions;

    @Autowired
    CouncilAccess access;

    CouncilFixtures fixtures;
    Viewer yanis;
    LocalDate today;

    @BeforeEach
    void fixtures() {
        fixtures = new CouncilFixtures(context);
        yanis = fixtures.animateur();
        today = access.today();
    }

    @Test
    void theAnimateurPlansASessionThatOnlyMembersRead() {
        long council = fixtures.council(CouncilKind.YOUTH);
        Viewer member = fixtures.youngPerson();
        fixtures.mandate(council, member, today.minusMonths(1), today.plusYears(1), null);
        Viewer outsider = fixtures.youngPerson();
        LocalDateTime when = today.plusDays(10).atTime(17, 30);

        assertThatThrownBy(() -> sessions.plan(member, council, new NewCouncilSession(when, "Salle", "", "Ordre")))
                .isInstanceOf(AccessRefusedException.class);
        assertThatThrownBy(() -> sessions.plan(yanis, council, new NewCouncilSession(when, "", "", "Ordre")))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.fieldErrors()).containsEntry("place", "council.members.error.place-or-link"));
        assertThatThrownBy(() -> sessions.plan(
                        yanis, council, new NewCouncilSession(when, "", "http://visio.example/x", "Ordre")))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.fieldErrors()).containsKey("onlineLink"));
        long session = sessions.plan(
                yanis, council, new NewCouncilSession(when, "Maison du département", "", "1. Accueil\n2. Projets"));

        assertThat(sessions.next(member, council)).hasValueSatisfying(next -> {
            assertThat(next.id()).isEqualTo(session);
            assertThat(next.startsAt()).isEqualTo(when);
            assertThat(next.place()).isEqualTo("Maison du département");
        });
        for (Viewer reader : List.of(
                outsider,
                TestSignIn.viewer(context, "karim"),
                TestSignIn.viewer(context, "claire"),
                TestSignIn.viewer(context, "odpe"))) {
            assertThatThrownBy(() -> sessions.session(reader, session)).isInstanceOf(AccessRefusedException.class);
            assertThatThrownBy(() -> sessions.sessions(reader, council)).isInstanceOf(AccessRefusedException.class);
        }
        assertThatThrownBy(() -> sessions.session(member, Long.MAX_VALUE)).isInstanceOf(AccessRefusedException.class);
    }

    @Test
    void minutesComeAfterTheSessionNameMembersByFirstNameOnlyAndListWhoAttended() {
        long council = fixtures.council(CouncilKind.YOUTH);
        Viewer member = fixtures.youngPerson();
        Viewer absent = fixtures.youngPerson();
        fixtures.mandate(council, member, today.minusMonths(3), today.plusYears(1), null);
        fixtures.mandate(council, absent, today.minusMonths(3), today.plusYears(1), null);
        long upcoming = sessions.plan(
                yanis, council, new NewCouncilSession(today.plusDays(3).atTime(18, 0), "Salle", "", "Ordre du jour"));
        long held = sessions.plan(
                yanis,
                council,
                new NewCouncilSession(today.minusDays(7).atTime(18, 0), "", "https://visio.example/c", "Ordre"));

        assertThatThrownBy(() -> sessions.publishMinutes(yanis, upcoming, "Compte rendu", Set.of()))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.fieldErrors())
                                .containsEntry("minutes", "council.members.error.not-yet-held"));
        List<CouncilAttendee> choices = sessions.attendees(yanis, held);
        assertThat(choices)
                .extracting(CouncilAttendee::firstName)
                .containsExactlyInAnyOrder(CouncilFixtures.firstName(member), CouncilFixtures.firstName(absent));
        long present = choices.stream()
                .filter(c -> c.firstName().equals(CouncilFixtures.firstName(member)))
                .findFirst()
                .orElseThrow()
                .mandateId();
        String lastName = CouncilFixtures.lastName(member);
        for (String naming : List.of(
                lastName,
                lastName.toUpperCase(),
                "Merci à " + CouncilFixtures.firstName(member) + " " + lastName + ".")) {
            assertThatThrownBy(() -> sessions.publishMinutes(yanis, held, naming, Set.of(present)))
                    .as(naming)
                    .isInstanceOfSatisfying(
                            InvalidInputException.class,
                            e -> assertThat(e.fieldErrors())
                                    .containsEntry("minutes", "council.members.error.last-name"));
        }
        assertThat(sessions.session(member, held).minutes()).isNull();
        assertThatThrownBy(() -> sessions.publishMinutes(member, held, "Compte rendu", Set.of()))
                .isInstanceOf(AccessRefusedException.class);

        sessions.publishMinutes(yanis, held, "Nous avons parlé des sorties.", Set.of(present));

        CouncilSession read = sessions.session(member, held);
        assertThat(read.minutes()).isEqualTo("Nous avons parlé des sorties.");
        assertThat(read.attendees()).containsExactly(CouncilFixtures.firstName(member));
        assertThat(sessions.sessions(absent, council))
                .extracting(CouncilSession::id)
                .containsExactly(upcoming, held);
    }
}
