package fr.reperes.autonomy;

import fr.reperes.dossier.Ages;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * The age rules of the autonomy pathway, from the birth date (art. L222-5-1 CASF, loi du 7 février 2022). A person is
 * N from their Nth birthday on; a 29 February birthday falls on 28 February in other years.
 */
public final class AutonomyAges {

    private AutonomyAges() {}

    /** "Mon projet d'autonomie" is open from the 16th birthday until the day before the 21st. */
    public static boolean spaceOpen(LocalDate birthDate, LocalDate day) {
        return !day.isBefore(birthDate.plusYears(16)) && day.isBefore(birthDate.plusYears(21));
    }

    /** The day the space opens. */
    public static LocalDate spaceOpensOn(LocalDate birthDate) {
        return birthDate.plusYears(16);
    }

    /** The entretien des 17 ans is due in the year before majority: from the 17th birthday to the day before the 18th. */
    public static boolean interviewDue(LocalDate birthDate, LocalDate day) {
        return !day.isBefore(birthDate.plusYears(17)) && day.isBefore(birthDate.plusYears(18));
    }

    /** A contrat jeune majeur may be asked for until the day before the 21st birthday. */
    public static boolean youngAdultRequestPossible(LocalDate birthDate, LocalDate day) {
        return !day.isBefore(birthDate.plusYears(16)) && day.isBefore(birthDate.plusYears(21));
    }

    /**
     * The day a young person is 17 and a half, six months after the 17th birthday: the ODPE counts the entretiens
     * held by then (a 29 February birth is 17 on 28 February, and 17 and a half on 28 August).
     */
    public static LocalDate seventeenAndAHalf(LocalDate birthDate) {
        return birthDate.plusYears(17).plusMonths(6);
    }

    public static boolean adult(LocalDate birthDate, LocalDate day) {
        return !day.isBefore(birthDate.plusYears(18));
    }

    /** The last day a contrat jeune majeur may run: the day before the 21st birthday. */
    public static LocalDate lastDayOfSupport(LocalDate birthDate) {
        return Ages.lastDayOfSupport(birthDate);
    }

    /**
     * How long a reminder tied to a past date (the 16th birthday, six months after leaving care) may still go out:
     * long enough to survive a few days without the scheduler, short enough that switching reminders on does not
     * greet every older young person.
     */
    public static final int LATE_REMINDER_DAYS = 30;

    public static LocalDate majorityOn(LocalDate birthDate) {
        return birthDate.plusYears(18);
    }

    /** The space opened recently: from the 16th birthday, for {@value #LATE_REMINDER_DAYS} days. */
    public static boolean spaceJustOpened(LocalDate birthDate, LocalDate day) {
        return within(day, spaceOpensOn(birthDate), spaceOpensOn(birthDate).plusDays(LATE_REMINDER_DAYS));
    }

    /** From six months before the 18th birthday to the day before the three-month mark. */
    public static boolean sixMonthsBeforeMajority(LocalDate birthDate, LocalDate day) {
        LocalDate majority = majorityOn(birthDate);
        return within(day, majority.minusMonths(6), majority.minusMonths(3));
    }

    /** From three months before the 18th birthday to the day before it. */
    public static boolean threeMonthsBeforeMajority(LocalDate birthDate, LocalDate day) {
        LocalDate majority = majorityOn(birthDate);
        return within(day, majority.minusMonths(3), majority);
    }

    /** A contract ends soon from two months before its last day ({@code endsOn}) up to and including that day. */
    public static boolean contractEndingSoon(LocalDate endsOn, LocalDate day) {
        return within(day, endsOn.minusMonths(2), endsOn.plusDays(1));
    }

    /**
     * The day a young person leaves care: the last day of their last contrat jeune majeur, or their 18th birthday
     * when they never had one ({@code lastContractEndsOn} null).
     */
    public static LocalDate leftCareOn(LocalDate birthDate, @Nullable LocalDate lastContractEndsOn) {
        return lastContractEndsOn != null ? lastContractEndsOn : majorityOn(birthDate);
    }

    /** The follow-up interview is six months after leaving care (loi du 7 février 2022). */
    public static LocalDate followUpInterviewOn(LocalDate leftCareOn) {
        return leftCareOn.plusMonths(6);
    }

    /** The invitation to the follow-up interview: from six months after leaving care, for 30 days. */
    public static boolean followUpInterviewInvitationDue(LocalDate leftCareOn, LocalDate day) {
        LocalDate from = followUpInterviewOn(leftCareOn);
        return within(day, from, from.plusDays(LATE_REMINDER_DAYS));
    }

    /** From {@code from} included to {@code until} excluded. */
    private static boolean within(LocalDate day, LocalDate from, LocalDate until) {
        return !day.isBefore(from) && day.isBefore(until);
    }
}
