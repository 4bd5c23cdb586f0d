package fr.reperes.participation.surveys.answering;

import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinResponse;
import com.vaadin.flow.server.VaadinService;
import fr.reperes.participation.SurveyAnswering;
import jakarta.servlet.http.Cookie;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Where an anonymous sheet's resume code is kept on the respondent's device: one cookie per survey, whose value is
 * {@code code + '.' + base64url(SHA-256(code + ':' + accountId))}. The binding is checked by recomputing it, so that
 * another account on a shared phone finds nothing it can use; nothing in the database knows the cookie
 * (docs/survey-anonymity.md). HttpOnly, Secure when the request is, SameSite=Lax, kept until the survey's close.
 */
final class ResumeCodeCookies {

    static final String PREFIX = "reperes-survey-";

    /** A survey with no closing date keeps its code a year. */
    static final Duration WITHOUT_CLOSE = Duration.ofDays(365);

    private ResumeCodeCookies() {}

    static String name(long surveyId) {
        return PREFIX + surveyId;
    }

    /** The cookie's value for this code and account. */
    static String value(String code, long accountId) {
        return code + "." + binding(code, accountId);
    }

    /** The code a cookie's value holds, when it is bound to this account; empty otherwise. */
    static Optional<String> codeOf(@Nullable String value, long accountId) {
        if (value == null) {
            return Optional.empty();
        }
        int dot = value.lastIndexOf('.');
        if (dot <= 0) {
            return Optional.empty();
        }
        String code = value.substring(0, dot);
        byte[] expected = binding(code, accountId).getBytes();
        byte[] given = value.substring(dot + 1).getBytes();
        return MessageDigest.isEqual(expected, given) ? SurveyAnswering.normalized(code) : Optional.empty();
    }

    private static String binding(String code, long accountId) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(SurveyAnswering.sha256(code + ":" + accountId));
    }

    /** Seconds from now to the end of the survey's last day in the clock's zone (a year without one). */
    static int maxAge(@Nullable LocalDate closesOn, Clock clock) {
        Duration left = closesOn == null
                ? WITHOUT_CLOSE
                : Duration.between(
                        clock.instant(),
                        closesOn.plusDays(1).atStartOfDay(clock.getZone()).toInstant());
        return (int) Math.max(0, Math.min(Integer.MAX_VALUE, left.toSeconds()));
    }

    static Cookie cookie(long surveyId, String code, long accountId, int maxAge, boolean secure) {
        Cookie cookie = new Cookie(name(surveyId), value(code, accountId));
        cookie.setPath("/");
        cookie.setHttpOnly(true);
        cookie.setSecure(secure);
        cookie.setMaxAge(maxAge);
        cookie.setAttribute("SameSite", "Lax");
        return cookie;
    }

    /** Keeps the code on this device, through the current response. */
    static void write(long surveyId, String code, long accountId, @Nullable LocalDate closesOn, Clock clock) {
        VaadinResponse response = VaadinService.getCurrentResponse();
        VaadinRequest request = VaadinService.getCurrentRequest();
        if (response == null) {
            return;
        }
        response.addCookie(
                cookie(surveyId, code, accountId, maxAge(closesOn, clock), request != null && request.isSecure()));
    }

    /** The codes this device holds for this account, by survey id. */
    static Map<Long, String> read(long accountId) {
        VaadinRequest request = VaadinService.getCurrentRequest();
        Cookie[] cookies = request == null ? null : request.getCookies();
        return read(cookies, accountId);
    }

    static Map<Long, String> read(Cookie @Nullable [] cookies, long accountId) {
        Map<Long, String> codes = new HashMap<>();
        if (cookies == null) {
            return codes;
        }
        for (Cookie cookie : cookies) {
            if (!cookie.getName().startsWith(PREFIX)) {
                continue;
            }
            try {
                long surveyId = Long.parseLong(cookie.getName().substring(PREFIX.length()));
                codeOf(cookie.getValue(), accountId).ifPresent(code -> codes.put(surveyId, code));
            } catch (NumberFormatException notOurs) {
                // a cookie of the same prefix that is not a survey's: ignored
            }
        }
        return codes;
    }
}
