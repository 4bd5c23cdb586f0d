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
        assertThat(AutonomyAges.youngAdultRequestPossible(BORN, birthday(16).minusDays(1))).isFalse();
        assertThat(AutonomyAges.youngAdultRequestPossible(BORN, birthday(16))).isTrue();
        assertThat(AutonomyAges.youngAdultRequestPossible(BORN, birthday(21).minusDays(1))).isTrue();
        assertThat(AutonomyAges.youngAdultRequestPossible(BORN, birthday(21))).isFalse();
    }

    @Test
    void aLeapDayBirthdayFallsOnThe28thOfFebruaryInOtherYears() {
        LocalDate leap = LocalDate.of(2008, 2, 29);
        assertThat(AutonomyAges.spaceOpensOn(leap)).isEqualTo(LocalDate.of(2024, 2, 29));
        assertThat(AutonomyAges.adult(leap, LocalDate.of(2026, 2, 27))).isFalse();
        assertThat(AutonomyAges.adult(leap, LocalDate.of(2026, 2, 28))).isTrue();
    }
}
