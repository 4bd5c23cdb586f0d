package fr.reperes.participation;

import static fr.reperes.JournalEntries.entry;
import static fr.reperes.JournalEntries.writtenBy;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.reperes.IntegrationTest;
import fr.reperes.access.AccessReason;
import fr.reperes.access.AccessRefusedException;
import fr.reperes.access.AuditAction;
import fr.reperes.access.CouncilInformation;
import fr.reperes.access.InformationKind;
import fr.reperes.identity.TestSignIn;
import fr.reperes.identity.Viewer;
import fr.reperes.platform.InvalidInputException;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Membership of a council against the database: mandate dates at their boundaries, the invitation and the request to
 * join, renewal once, resignation, the balance and member list kept from non-members, and a young person's membership
 * seen by their référent (journaled) and never by a parent.
 */
@IntegrationTest
class CouncilMembersTest {

    @Autowired
    ApplicationContext context;

    @Autowired
    CouncilMembers members;

    @Autowired
    CouncilAccess access;

    @Autowired
    JdbcClient jdbc;

    CouncilFixtures fixtures;
    Viewer yanis;
    LocalDate today;

    @BeforeEach
    void fixtures() {
        fixtures = new CouncilFixtures(context);
        yanis = fixtures.animateur();
        today = access.today();
    }

    /** A mandate is active from its first day to its last, and not from the day its member resigned. */
    @Test
    void aMandateIsActiveFromItsFirstToItsLastDayAndNotFromTheDayOfResignation() {
        long council = fixtures.council(CouncilKind.YOUTH);
        Map<String, Boolean> expected = new LinkedHashMap<>();
        Map<String, Viewer> people = new LinkedHashMap<>();
        Map<String, Consumer<Viewer>> mandates = new LinkedHashMap<>();
        mandates.put(
                "the day before its start",
                v -> fixtures.mandate(council, v, today.plusDays(1), today.plusYears(2), null));
        expected.put("the day before its start", false);
        mandates.put(
                "its first day", v -> fixtures.mandate(council, v, today, CouncilMembers.endOfMandate(today), null));
        expected.put("its first day", true);
        mandates.put(
                "its last day",
                v -> fixtures.mandate(council, v, today.minusYears(2).plusDays(1), today, null));
        expected.put("its last day", true);
        mandates.put(
                "the day after its end",
                v -> fixtures.mandate(council, v, today.minusYears(2), today.minusDays(1), null));
        expected.put("the day after its end", false);
        mandates.put(
                "the day of resignation",
                v -> fixtures.mandate(council, v, today.minusMonths(3), today.plusYears(1), today));
        expected.put("the day of resignation", false);
        mandates.put(
                "the day before resignation",
                v -> fixtures.mandate(council, v, today.minusMonths(3), today.plusYears(1), today.plusDays(1)));
        expected.put("the day before resignation", true);
        mandates.forEach((day, make) -> {
            Viewer member = fixtures.youngPerson();
            make.accept(member);
            people.put(day, member);
        });

        people.forEach((day, member) -> {
            assertThat(access.activeMandate(member, council).isPresent())
                    .as(day)
                    .isEqualTo(expected.get(day));
            assertThat(access.decide(member, council, CouncilInformation.COUNCIL)
                            .allowed())
                    .as(day)
                    .isEqualTo(expected.get(day));
        });
        List<String> listed = members.members(yanis, council).stream()
                .map(CouncilMember::name)
                .toList();
        people.forEach((day, member) ->
                assertThat(listed.contains(member.displayName())).as(day).isEqualTo(expected.get(day)));
    }

    @Test
    void aMandateLastsTwoYearsTheFirstDayCounted() {
        assertThat(CouncilMembers.endOfMandate(LocalDate.of(2026, 1, 15))).isEqualTo(LocalDate.of(2028, 1, 14));
        assertThat(CouncilMembers.endOfMandate(LocalDate.of(2024, 2, 29))).isEqualTo(LocalDate.of(2026, 2, 27));
    }

    @Test
    void anInvitationWaitsInTheSpaceOfTheOneInvitedWhoAcceptsItAndSitsFromThatDay() {
        long council = fixtures.council(CouncilKind.YOUTH);
        Viewer invited = fixtures.youngPerson();
        long invitation = members.invite(yanis, council, invited.youngPersonId());

        assertThat(members.space(invited).invitations())
                .singleElement()
                .satisfies(i -> assertThat(i.council().id()).isEqualTo(council));
        assertThat(members.openInvitations(yanis, council))
                .singleElement()
                .satisfies(i -> assertThat(i.candidate()).isEqualTo(invited.displayName()));
        assertThatThrownBy(() -> members.invite(yanis, council, invited.youngPersonId()))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.fieldErrors()).containsValue("council.members.error.already-invited"));
        assertThat(access.activeMandate(invited, council)).isEmpty();

        members.answerInvitation(invited, invitation, true, MemberSex.GIRL);

        CouncilSpace space = members.space(invited);
        assertThat(space.invitations()).isEmpty();
        assertThat(space.seats()).singleElement().satisfies(seat -> {
            assertThat(seat.council().id()).isEqualTo(council);
            assertThat(seat.startsOn()).isEqualTo(today);
            assertThat(seat.endsOn()).isEqualTo(today.plusYears(2).minusDays(1));
        });
        assertThat(members.balance(invited, council).bySex()).containsEntry(MemberSex.GIRL, 1);
        assertThat(members.openInvitations(yanis, council)).isEmpty();
        assertThatThrownBy(() -> members.invite(yanis, council, invited.youngPersonId()))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.fieldErrors()).containsValue("council.members.error.already-member"));
    }

    @Test
    void anInvitationDeclinedLeavesNoMandateAndOnlyTheOneInvitedMayAnswerIt() {
        long council = fixtures.council(CouncilKind.YOUTH);
        Viewer invited = fixtures.youngPerson();
        Viewer other = fixtures.youngPerson();
        long invitation = members.invite(yanis, council, invited.youngPersonId());

        assertThatThrownBy(() -> members.answerInvitation(other, invitation, true, MemberSex.BOY))
                .isInstanceOf(AccessRefusedException.class);
        assertThatThrownBy(() -> members.answerInvitation(yanis, invitation, true, MemberSex.BOY))
                .isInstanceOf(AccessRefusedException.class);
        members.answerInvitation(invited, invitation, false, MemberSex.UNSAID);

        assertThat(access.activeMandate(invited, council)).isEmpty();
        assertThat(members.space(invited).joinable())
                .extracting(CouncilSummary::id)
                .contains(council);
        assertThatThrownBy(() -> members.answerInvitation(invited, invitation, true, MemberSex.BOY))
                .isInstanceOf(AccessRefusedException.class);
    }

    @Test
    void aYoungPersonAsksToJoinAndTheAnimateurAcceptsOrDeclines() {
        long council = fixtures.council(CouncilKind.YOUTH);
        Viewer accepted = fixtures.youngPerson();
        Viewer declined = fixtures.youngPerson();

        long first = members.askToJoin(accepted, council, MemberSex.UNSAID);
        long second = members.askToJoin(declined, council, MemberSex.BOY);
        assertThat(members.space(accepted).requests())
                .singleElement()
                .satisfies(r -> assertThat(r.request()).isTrue());
        assertThat(members.openInvitations(yanis, council))
                .extracting(CouncilInvitation::candidate)
                .containsExactly(accepted.displayName(), declined.displayName());
        assertThatThrownBy(() -> members.askToJoin(accepted, council, MemberSex.UNSAID))
                .isInstanceOf(InvalidInputException.class);
        // Only the animateur answers a request: not the one asking, not another young person.
        assertThatThrownBy(() -> members.answerRequest(accepted, first, true))
                .isInstanceOf(AccessRefusedException.class);

        members.answerRequest(yanis, first, true);
        members.answerRequest(yanis, second, false);

        assertThat(access.activeMandate(accepted, council)).isPresent();
        assertThat(access.activeMandate(declined, council)).isEmpty();
        assertThat(members.balance(accepted, council).bySex()).containsEntry(MemberSex.UNSAID, 1);
        assertThatThrownBy(() -> members.askToJoin(accepted, council, MemberSex.UNSAID))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.fieldErrors()).containsValue("council.members.error.already-member"));
    }

    @Test
    void aParentJoinsOnlyAConseilDesParentsAndAYoungPersonOnlyAConseilDesJeunes() {
        long youth = fixtures.council(CouncilKind.YOUTH);
        long parents = fixtures.council(CouncilKind.PARENTS);
        Viewer parent = fixtures.parent();
        Viewer young = fixtures.youngPerson();

        assertThatThrownBy(() -> members.askToJoin(parent, youth, MemberSex.UNSAID))
                .isInstanceOf(AccessRefusedException.class);
        assertThatThrownBy(() -> members.askToJoin(young, parents, MemberSex.UNSAID))
                .isInstanceOf(AccessRefusedException.class);
        long invitation = members.invite(yanis, parents, parent.parentId());
        members.answerInvitation(parent, invitation, true, MemberSex.UNSAID);

        assertThat(members.space(parent).seats())
                .extracting(s -> s.council().id())
                .containsExactly(parents);
        assertThat(members.balance(parent, parents).byAge()).isEmpty();
        assertThat(members.members(parent, parents))
                .extracting(CouncilMember::name)
                .containsExactly(CouncilFixtures.firstName(parent));
    }

    @Test
    void aMandateIsRenewedOnceAndARenewalIsNotRenewed() {
        long council = fixtures.council(CouncilKind.YOUTH);
        Viewer member = fixtures.youngPerson();
        long first = fixtures.mandate(council, member, today.minusMonths(20), today.plusMonths(4), null);

        long renewal = members.renew(yanis, first);

        record Row(LocalDate startsOn, LocalDate endsOn, long renews) {}
        Row row = jdbc.sql("SELECT starts_on, ends_on, renews_mandate_id FROM council_mandate WHERE id = :id")
                .param("id", renewal)
                .query((rs, n) -> new Row(
                        rs.getObject("starts_on", LocalDate.class),
                        rs.getObject("ends_on", LocalDate.class),
                        rs.getLong("renews_mandate_id")))
                .single();
        LocalDate start = today.plusMonths(4).plusDays(1);
        assertThat(row).isEqualTo(new Row(start, CouncilMembers.endOfMandate(start), first));
        assertThatThrownBy(() -> members.renew(yanis, renewal))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.fieldErrors()).containsValue("council.members.error.renewal-of-renewal"));
        assertThatThrownBy(() -> members.renew(yanis, first))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.fieldErrors()).containsValue("council.members.error.already-renewed"));
        assertThatThrownBy(() -> members.renew(member, first)).isInstanceOf(AccessRefusedException.class);
    }

    @Test
    void aMemberResignsFromTheirSpaceAndIsNoLongerOneFromThatDayRenewalIncluded() {
        long council = fixtures.council(CouncilKind.YOUTH);
        Viewer member = fixtures.youngPerson();
        long mandate = fixtures.mandate(council, member, today.minusMonths(20), today.plusMonths(4), null);
        long renewal = members.renew(yanis, mandate);

        members.resign(member, council);

        assertThat(access.activeMandate(member, council)).isEmpty();
        assertThat(members.space(member).seats()).isEmpty();
        assertThat(jdbc.sql("SELECT resigned_on FROM council_mandate WHERE id IN (:ids)")
                        .param("ids", List.of(mandate, renewal))
                        .query(LocalDate.class)
                        .list())
                .containsExactly(today, today);
        assertThatThrownBy(() -> members.resign(member, council)).isInstanceOf(AccessRefusedException.class);
        assertThatThrownBy(() -> members.balance(member, council)).isInstanceOf(AccessRefusedException.class);
    }

    @Test
    void theAnimateurEndsAMandateThatDay() {
        long council = fixtures.council(CouncilKind.YOUTH);
        Viewer member = fixtures.youngPerson();
        long mandate = fixtures.mandate(council, member, today.minusMonths(2), today.plusMonths(4), null);

        assertThatThrownBy(() -> members.endMandate(member, mandate)).isInstanceOf(AccessRefusedException.class);
        members.endMandate(yanis, mandate);

        assertThat(access.activeMandate(member, council)).isEmpty();
    }

    /**
     * The balance and the member list are a member's and the animateur's: a young person who does not sit on the
     * council, a parent, a référent and the observatoire are refused, whatever the council's size; the animateur reads
     * full names (journaled for each young person), a member first names only.
     */
    @Test
    void theBalanceAndTheMembersAreNeverShownToNonMembers() {
        long council = fixtures.council(CouncilKind.YOUTH);
        Viewer member = fixtures.youngPerson();
        Viewer other = fixtures.youngPerson();
        fixtures.mandate(council, member, today.minusMonths(1), today.plusYears(1), null);
        fixtures.mandate(council, other, today.minusMonths(1), today.plusYears(1), null);
        Viewer outsider = fixtures.youngPerson();

        for (String subject : List.of("lina", "karim", "claire", "odpe", "admin")) {
            Viewer reader = TestSignIn.viewer(context, subject);
            assertThatThrownBy(() -> members.balance(reader, council))
                    .as(subject)
                    .isInstanceOf(AccessRefusedException.class);
            assertThatThrownBy(() -> members.members(reader, council))
                    .as(subject)
                    .isInstanceOf(AccessRefusedException.class);
        }
        assertThatThrownBy(() -> members.balance(outsider, council)).isInstanceOf(AccessRefusedException.class);
        assertThatThrownBy(() -> members.members(outsider, council)).isInstanceOf(AccessRefusedException.class);
        // What a non-member may learn: the council's name and what it is for.
        assertThat(members.council(outsider, council).name()).startsWith("Conseil d'essai");

        CouncilBalance balance = members.balance(member, council);
        assertThat(balance.members()).isEqualTo(2);
        assertThat(balance.bySex().values().stream().mapToInt(Integer::intValue).sum())
                .isEqualTo(2);
        assertThat(balance.byAge().values().stream().mapToInt(Integer::intValue).sum())
                .isEqualTo(2);
        // A member never reads the kind of measure or the territory of their peers, even counted.
        assertThat(balance.byMeasure()).isEmpty();
        assertThat(balance.byTerritory()).isEmpty();
        CouncilBalance animateurs = members.balance(yanis, council);
        assertThat(animateurs.byMeasure().values().stream()
                        .mapToInt(Integer::intValue)
                        .sum())
                .isEqualTo(2);
        assertThat(animateurs.byTerritory().values().stream()
                        .mapToInt(Integer::intValue)
                        .sum())
                .isEqualTo(2);
        assertThat(members.members(member, council))
                .extracting(CouncilMember::name)
                .containsExactlyInAnyOrder(CouncilFixtures.firstName(member), CouncilFixtures.firstName(other));
        writtenBy(context, yanis, () -> members.members(yanis, council))
                .are(Map.of(
                        entry(member.youngPersonId(), InformationKind.COUNCIL_MEMBERSHIP, AuditAction.LISTED), 1L,
                        entry(other.youngPersonId(), InformationKind.COUNCIL_MEMBERSHIP, AuditAction.LISTED), 1L));
    }

    @Test
    void aReferentSeesTheirYoungPersonsMembershipJournaledAndAParentNever() {
        Viewer claire = TestSignIn.viewer(context, "claire");
        Viewer karim = TestSignIn.viewer(context, "karim");
        long mehdi = TestSignIn.viewer(context, "mehdi").youngPersonId();
        long lina = TestSignIn.viewer(context, "lina").youngPersonId();

        List<CouncilMembership> seen = writtenBy(context, claire, () -> members.membershipOf(claire, mehdi))
                .are(entry(mehdi, InformationKind.COUNCIL_MEMBERSHIP, AuditAction.READ), 1)
                .value();
        assertThat(seen).extracting(CouncilMembership::council).contains("Conseil départemental des jeunes");

        writtenBy(
                        context,
                        karim,
                        () -> assertThatThrownBy(() -> members.membershipOf(karim, lina))
                                .isInstanceOfSatisfying(
                                        AccessRefusedException.class,
                                        refused -> assertThat(refused.reason())
                                                .isEqualTo(AccessReason.YOUNG_PERSONS_OWN_PARTICIPATION)))
                .are(entry(lina, InformationKind.COUNCIL_MEMBERSHIP, AuditAction.REFUSED), 1);
        Viewer thomas = TestSignIn.viewer(context, "thomas");
        assertThatThrownBy(() -> members.membershipOf(thomas, mehdi)).isInstanceOf(AccessRefusedException.class);
    }

    @Test
    void onlyTheAnimateurCreatesACouncilAndNamesAreUniqueInTheDepartement() {
        long council =
                members.create(yanis, null, CouncilKind.PARENTS, "Conseil des parents d'essai " + System.nanoTime());
        String name = members.council(yanis, council).name();
        assertThatThrownBy(() -> members.create(yanis, null, CouncilKind.PARENTS, name))
                .isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> members.create(TestSignIn.viewer(context, "mehdi"), null, CouncilKind.YOUTH, "X"))
                .isInstanceOf(AccessRefusedException.class);
        assertThatThrownBy(() -> members.create(TestSignIn.viewer(context, "claire"), null, CouncilKind.YOUTH, "X"))
                .isInstanceOf(AccessRefusedException.class);
        assertThat(members.councils(yanis)).extracting(CouncilSummary::id).contains(council);
    }
}
