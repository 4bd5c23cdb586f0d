package fr.reperes.platform;

import com.vaadin.flow.i18n.I18NProvider;
import com.vaadin.flow.server.VaadinSession;
import java.time.LocalDate;
import java.time.Period;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;

/** Dates and delays in plain words, in the viewer's language. */
public final class Texts {

    private Texts() {
    }

    public static String date(LocalDate date) {
        return date(date, locale());
    }

    public static String date(LocalDate date, Locale locale) {
        return DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale).format(date);
    }

    /** "dans 5 mois", "dans 12 jours", "aujourd'hui". */
    public static String until(LocalDate today, LocalDate date) {
        if (!date.isAfter(today)) {
            return I18NProvider.translate("time.now");
        }
        Period period = Period.between(today, date);
        if (period.getYears() > 0) {
            return I18NProvider.translate("time.in-years", period.getYears());
        }
        if (period.getMonths() > 0) {
            return I18NProvider.translate("time.in-months", period.getMonths());
        }
        return I18NProvider.translate("time.in-days", period.getDays());
    }

    private static Locale locale() {
        VaadinSession session = VaadinSession.getCurrent();
        return session != null ? session.getLocale() : Locale.FRENCH;
    }
}
