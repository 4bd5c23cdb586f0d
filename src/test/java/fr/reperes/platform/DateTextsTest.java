package fr.reperes.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

/** Dates are shown in the zone of the application's clock, in the words the pages always used. */
class DateTextsTest {

    /** 23:30 in London is already tomorrow in Paris, and still early evening in Cayenne. */
    private static final Instant NEAR_MIDNIGHT = Instant.parse("2026-12-02T23:30:00Z");

    private static DateTexts at(String zone) {
        return new DateTexts(Clock.fixed(NEAR_MIDNIGHT, ZoneId.of(zone)), new BundleTranslations());
    }

    @Test
    void anInstantNearMidnightFallsOnTheDayOfTheClocksZone() {
        assertThat(at("Europe/Paris").day(NEAR_MIDNIGHT, Locale.FRENCH)).isEqualTo("3 décembre 2026");
        assertThat(at("Europe/Paris").time(NEAR_MIDNIGHT)).isEqualTo("00:30");
        assertThat(at("America/Cayenne").day(NEAR_MIDNIGHT, Locale.FRENCH)).isEqualTo("2 décembre 2026");
        assertThat(at("America/Cayenne").time(NEAR_MIDNIGHT)).isEqualTo("20:30");
        assertThat(at("America/Cayenne").stamp(NEAR_MIDNIGHT))
                .startsWith("2 déc. 2026")
                .endsWith("20:30");
    }

    @Test
    void theApplicationsClockAndItsZoneSettingDecide() {
        ApplicationContextRunner application = new ApplicationContextRunner()
                .withUserConfiguration(ClockConfiguration.class)
                .withBean(BundleTranslations.class)
                .withBean(DateTexts.class);
        application
                .withPropertyValues("reperes.zone=America/Cayenne")
                .run(context ->
                        assertThat(context.getBean(DateTexts.class).zone()).isEqualTo(ZoneId.of("America/Cayenne")));
        // A test that swaps the clock swaps the zone of every date with it.
        application
                .withPropertyValues("reperes.zone=Europe/Paris")
                .withBean("clock", Clock.class, () -> Clock.fixed(NEAR_MIDNIGHT, ZoneId.of("America/Cayenne")))
                .withAllowBeanDefinitionOverriding(true)
                .run(context -> {
                    DateTexts dates = context.getBean(DateTexts.class);
                    assertThat(dates.day(NEAR_MIDNIGHT)).isEqualTo("2 décembre 2026");
                    assertThat(dates.today()).isEqualTo(LocalDate.of(2026, 12, 2));
                });
    }

    @Test
    void theTextsOfThePortalStayAsTheyWere() {
        DateTexts dates = at("Europe/Paris");
        LocalDate today = LocalDate.of(2026, 12, 3);
        assertThat(dates.day(today)).isEqualTo("3 décembre 2026");
        assertThat(dates.day(today, Locale.ENGLISH)).isEqualTo("December 3, 2026");
        assertThat(dates.until(today)).isEqualTo("c’est le moment");
        assertThat(dates.until(today.plusDays(1))).isEqualTo("demain");
        assertThat(dates.until(today.plusDays(12))).isEqualTo("dans 12 jours");
        assertThat(dates.until(today.plusMonths(5))).isEqualTo("dans 5 mois");
        assertThat(dates.until(today.plusYears(2))).isEqualTo("dans 2 ans");
    }

    @Test
    void theFirstOfAMonthIsAnOrdinalInFrenchOnly() {
        DateTexts dates = at("Europe/Paris");
        LocalDate first = LocalDate.of(2027, 5, 1);
        LocalDate second = LocalDate.of(2027, 5, 2);
        Instant firstAtNoon = Instant.parse("2027-05-01T10:00:00Z");
        Instant secondAtNoon = Instant.parse("2027-05-02T10:00:00Z");

        assertThat(dates.day(first, Locale.FRENCH)).isEqualTo("1er mai 2027");
        assertThat(dates.day(second, Locale.FRENCH)).isEqualTo("2 mai 2027");
        assertThat(dates.day(first)).isEqualTo("1er mai 2027");
        assertThat(dates.day(firstAtNoon, Locale.FRENCH)).isEqualTo("1er mai 2027");
        assertThat(dates.day(secondAtNoon, Locale.FRENCH)).isEqualTo("2 mai 2027");
        assertThat(dates.dayAndTime(first.atTime(14, 30), Locale.FRENCH)).isEqualTo("1er mai 2027 14:30");
        assertThat(dates.dayAndTime(second.atTime(14, 30), Locale.FRENCH)).isEqualTo("2 mai 2027 14:30");
        assertThat(dates.stamp(firstAtNoon, Locale.FRENCH)).isEqualTo("1er mai 2027 12:00");
        assertThat(dates.stamp(secondAtNoon, Locale.FRENCH)).isEqualTo("2 mai 2027 12:00");
        // Not a day number that merely starts with 1.
        assertThat(dates.day(LocalDate.of(2027, 5, 11), Locale.FRENCH)).isEqualTo("11 mai 2027");
        assertThat(dates.day(LocalDate.of(2027, 5, 10), Locale.FRENCH)).isEqualTo("10 mai 2027");

        assertThat(dates.day(first, Locale.ENGLISH)).isEqualTo("May 1, 2027");
        assertThat(dates.day(second, Locale.ENGLISH)).isEqualTo("May 2, 2027");
        assertThat(dates.day(firstAtNoon, Locale.ENGLISH)).isEqualTo("May 1, 2027");
        assertThat(dates.dayAndTime(first.atTime(14, 30), Locale.ENGLISH)).startsWith("May 1, 2027");
        assertThat(dates.stamp(firstAtNoon, Locale.ENGLISH)).startsWith("May 1, 2027");
    }
}
