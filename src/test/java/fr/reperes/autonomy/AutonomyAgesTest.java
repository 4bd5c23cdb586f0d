package fr.reperes.autonomy;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** Every age rule at its boundaries: the day before and the day of the 16th, 17th, 18th and 21st birthdays. */
class AutonomyAgesTest {

    private static final LocalDate BORN = LocalDate.of(2009, 4, 22);

    private static LocalDate birthday(int years) {
        return BORN.plusYears(years);
    }

    @Test
    void theSpaceOpensOnThe16thBirthdayAndClosesOnThe21st() {
        assertThat(AutonomyAges.spaceOpen(BORN, birthday(16).minusDays(1))).isFalse();
        assertThat(AutonomyAges.spaceOpen(BORN, birthday(16))).isTrue();
        assertThat(AutonomyAges.spaceOpen(BORN, birthday(21).minusDays(1))).isTrue();
        assertThat(AutonomyAges.spaceOpen(BORN, birthday(21))).isFalse();
        assertThat(AutonomyAges.spaceOpensOn(BORN)).isEqualTo(LocalDate.of(2025, 4, 22));
    }

    @Test
    void theInterviewIsDueFromThe17thBirthdayToTheDayBeforeThe18th() {
        assertThat(AutonomyAges.interviewDue(BORN, birthday(17).minusDays(1))).isFalse();
        assertThat(AutonomyAges.interviewDue(BORN, birthday(17))).isTrue();
        assertThat(AutonomyAges.interviewDue(BORN, birthday(18).minusDays(1))).isTrue();
        assertThat(AutonomyAges.interviewDue(BORN, birthday(18))).isFalse();
    }

    @Test
    void majorityStartsOnThe18thBirthday() {
        assertThat(AutonomyAges.adult(BORN, birthday(18).minusDays(1))).isFalse();
        assertThat(AutonomyAges.adult(BORN, birthday(18))).isTrue();
    }

    @Test
    void aYoungAdultContractCanBeAskedForUntilTheDayBeforeThe21stBirthday() {
        assertThat(AutonomyAges.youngAdultRequestPossible(BORN, birthday(16).minusDays(1)))
                .isFalse();
        assertThat(AutonomyAges.youngAdultRequestPossible(BORN, birthday(16))).isTrue();
        assertThat(AutonomyAges.youngAdultRequestPossible(BORN, birthday(21).minusDays(1)))
                .isTrue();
        assertThat(AutonomyAges.youngAdultRequestPossible(BORN, birthday(21))).isFalse();
    }

    @Test
    void aLeapDayBirthdayFallsOnThe28thOfFebruaryInOtherYears() {
        LocalDate leap = LocalDate.of(2008, 2, 29);
        assertThat(AutonomyAges.spaceOpensOn(leap)).isEqualTo(LocalDate.of(2024, 2, 29));
        assertThat(AutonomyAges.adult(leap, LocalDate.of(2026, 2, 27))).isFalse();
        assertThat(AutonomyAges.adult(leap, LocalDate.of(2026, 2, 28))).isTrue();
    }

    @Test
    void theSpaceOpeningIsRemindedFromThe16thBirthdayFor30Days() {
        assertThat(AutonomyAges.spaceJustOpened(BORN, birthday(16).minusDays(1)))
                .isFalse();
        assertThat(AutonomyAges.spaceJustOpened(BORN, birthday(16))).isTrue();
        assertThat(AutonomyAges.spaceJustOpened(BORN, birthday(16).plusDays(29)))
                .isTrue();
        assertThat(AutonomyAges.spaceJustOpened(BORN, birthday(16).plusDays(30)))
                .isFalse();
    }

    @Test
    void sixMonthsBeforeMajorityRunsUntilTheThreeMonthMarkWhichRunsUntilTheDayBefore18() {
        assertThat(AutonomyAges.majorityOn(BORN)).isEqualTo(LocalDate.of(2027, 4, 22));
        assertThat(AutonomyAges.sixMonthsBeforeMajority(BORN, LocalDate.of(2026, 10, 21)))
                .isFalse();
        assertThat(AutonomyAges.sixMonthsBeforeMajority(BORN, LocalDate.of(2026, 10, 22)))
                .isTrue();
        assertThat(AutonomyAges.sixMonthsBeforeMajority(BORN, LocalDate.of(2027, 1, 21)))
                .isTrue();
        assertThat(AutonomyAges.sixMonthsBeforeMajority(BORN, LocalDate.of(2027, 1, 22)))
                .isFalse();

        assertThat(AutonomyAges.threeMonthsBeforeMajority(BORN, LocalDate.of(2027, 1, 21)))
                .isFalse();
        assertThat(AutonomyAges.threeMonthsBeforeMajority(BORN, LocalDate.of(2027, 1, 22)))
                .isTrue();
        assertThat(AutonomyAges.threeMonthsBeforeMajority(BORN, birthday(18).minusDays(1)))
                .isTrue();
        assertThat(AutonomyAges.threeMonthsBeforeMajority(BORN, birthday(18))).isFalse();
    }

    @Test
    void monthsBeforeMajorityFallOnTheLastDayOfAShorterMonth() {
        LocalDate born = LocalDate.of(2008, 5, 31);
        assertThat(AutonomyAges.threeMonthsBeforeMajority(born, LocalDate.of(2026, 2, 27)))
                .isFalse();
        assertThat(AutonomyAges.threeMonthsBeforeMajority(born, LocalDate.of(2026, 2, 28)))
                .isTrue();
    }

    @Test
    void aContractEndsSoonFromTwoMonthsBeforeItsLastDayToThatDay() {
        LocalDate endsOn = LocalDate.of(2028, 6, 30);
        assertThat(AutonomyAges.contractEndingSoon(endsOn, LocalDate.of(2028, 4, 29)))
                .isFalse();
        assertThat(AutonomyAges.contractEndingSoon(endsOn, LocalDate.of(2028, 4, 30)))
                .isTrue();
        assertThat(AutonomyAges.contractEndingSoon(endsOn, endsOn)).isTrue();
        assertThat(AutonomyAges.contractEndingSoon(endsOn, endsOn.plusDays(1))).isFalse();
    }

    @Test
    void leavingCareIsTheEndOfTheLastContractOrElseThe18thBirthday() {
        assertThat(AutonomyAges.leftCareOn(BORN, null)).isEqualTo(birthday(18));
        assertThat(AutonomyAges.leftCareOn(BORN, LocalDate.of(2028, 6, 30))).isEqualTo(LocalDate.of(2028, 6, 30));
    }

    @Test
    void theFollowUpInterviewIsSixMonthsAfterLeavingCareAndInvitedFor30Days() {
        LocalDate left = birthday(18);
        assertThat(AutonomyAges.followUpInterviewOn(left)).isEqualTo(LocalDate.of(2027, 10, 22));
        assertThat(AutonomyAges.followUpInterviewInvitationDue(left, LocalDate.of(2027, 10, 21)))
                .isFalse();
        assertThat(AutonomyAges.followUpInterviewInvitationDue(left, LocalDate.of(2027, 10, 22)))
                .isTrue();
        assertThat(AutonomyAges.followUpInterviewInvitationDue(left, LocalDate.of(2027, 11, 20)))
                .isTrue();
        assertThat(AutonomyAges.followUpInterviewInvitationDue(left, LocalDate.of(2027, 11, 21)))
                .isFalse();
    }
}
