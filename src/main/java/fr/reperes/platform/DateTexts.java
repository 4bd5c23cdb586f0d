package fr.reperes.platform;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.VaadinSession;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.Period;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import org.springframework.stereotype.Component;

/**
 * Every date the portal shows, in words, in one place. An instant becomes a day in the zone of the application's
 * {@link Clock} (the département's, not the server's), the same clock that decides what "today" is: a reaction
 * written at 00:30 is dated the day it was written there, whatever the server and the test say.
 *
 * <p>Without a locale, the text is in the language of the page being built (French outside a page); PDFs and mails
 * pass theirs.
 */
@Component
public class DateTexts {

    private final Clock clock;
    private final BundleTranslations translations;

    public DateTexts(Clock clock, BundleTranslations translations) {
        this.clock = clock;
        this.translations = translations;
    }

    /** The zone days and times are shown in: the clock's. */
    public ZoneId zone() {
        return clock.getZone();
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    /** "2 décembre 2026". */
    public String day(LocalDate day) {
        return day(day, locale());
    }

    public String day(LocalDate day, Locale locale) {
        return ordinal(
                DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG)
                        .withLocale(locale)
                        .format(day),
                day.getDayOfMonth(),
                locale);
    }

    /** The day an instant falls on here: "2 décembre 2026". */
    public String day(Instant instant) {
        return day(instant, locale());
    }

    public String day(Instant instant, Locale locale) {
        return day(instant.atZone(zone()).toLocalDate(), locale);
    }

    /** An appointment's wall-clock time: "1er décembre 2026 14:30". */
    public String dayAndTime(LocalDateTime dateTime) {
        return dayAndTime(dateTime, locale());
    }

    public String dayAndTime(LocalDateTime dateTime, Locale locale) {
        return ordinal(
                DateTimeFormatter.ofLocalizedDateTime(FormatStyle.LONG, FormatStyle.SHORT)
                        .withLocale(locale)
                        .format(dateTime.atZone(zone())),
                dateTime.getDayOfMonth(),
                locale);
    }

    /** When something happened, compact for a list: "2 déc. 2026 14:30". */
    public String stamp(Instant instant) {
        return stamp(instant, locale());
    }

    public String stamp(Instant instant, Locale locale) {
        ZonedDateTime here = instant.atZone(zone());
        return ordinal(
                DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                        .withLocale(locale)
                        .format(here),
                here.getDayOfMonth(),
                locale);
    }

    /** "14:30". */
    public String time(LocalDateTime dateTime) {
        return DateTimeFormatter.ofLocalizedTime(FormatStyle.SHORT)
                .withLocale(locale())
                .format(dateTime);
    }

    /** The time an instant shows here: "14:30". */
    public String time(Instant instant) {
        return time(instant.atZone(zone()).toLocalDateTime());
    }

    /** How far a day is from today: "dans 5 mois", "dans 12 jours", "demain", or "c'est le moment" once reached. */
    public String until(LocalDate day) {
        LocalDate today = today();
        Locale locale = locale();
        if (!day.isAfter(today)) {
            return translations.getTranslation("time.now", locale);
        }
        Period period = Period.between(today, day);
        if (period.getYears() > 0) {
            return translations.getTranslation("time.in-years", locale, period.getYears());
        }
        if (period.getMonths() > 0) {
            return translations.getTranslation("time.in-months", locale, period.getMonths());
        }
        return translations.getTranslation("time.in-days", locale, period.getDays());
    }

    /**
     * French writes the first day of a month as an ordinal, "1er mai 2027", which the JDK's French patterns (all of
     * them starting with the day number) do not; English has no such rule and is left as formatted.
     */
    private static String ordinal(String formatted, int dayOfMonth, Locale locale) {
        boolean french = BundleTranslations.FRENCH.getLanguage().equals(locale.getLanguage());
        if (french && dayOfMonth == 1 && formatted.startsWith("1") && !Character.isDigit(formatted.charAt(1))) {
            return "1er" + formatted.substring(1);
        }
        return formatted;
    }

    private static Locale locale() {
        UI ui = UI.getCurrent();
        if (ui != null) {
            return ui.getLocale();
        }
        VaadinSession session = VaadinSession.getCurrent();
        return session != null ? session.getLocale() : BundleTranslations.FRENCH;
    }
}
