package fr.reperes.participation.surveys.answering;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.servlet.http.Cookie;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The resume code's cookie: read back by the account it was bound to, by no other (a shared phone), and not when its
 * code or binding was altered; flagged HttpOnly, SameSite=Lax, path /, and kept until the end of the last day.
 */
class ResumeCodeCookiesTest {

    private static final String CODE = "ABCDEFGHIJKLMNOPQRST";

    @Test
    void aCookieIsReadOnlyByTheAccountItIsBoundTo() {
        Cookie cookie = ResumeCodeCookies.cookie(42, CODE, 7, 3600, true);
        assertThat(ResumeCodeCookies.read(new Cookie[] {cookie}, 7)).containsEntry(42L, CODE);
        for (long other : List.of(8L, 70L, 0L, -7L)) {
            assertThat(ResumeCodeCookies.read(new Cookie[] {cookie}, other)).isEmpty();
        }
        String value = cookie.getValue();
        String binding = value.substring(value.indexOf('.') + 1);
        for (String altered : List.of(
                "ABCDEFGHIJKLMNOPQRSA." + binding,
                CODE + "." + binding.substring(1),
                CODE,
                CODE + ".",
                "." + binding,
                ResumeCodeCookies.value("ABCDEFGHIJKLMNOPQRSA", 8))) {
            assertThat(ResumeCodeCookies.codeOf(altered, 7)).as(altered).isEmpty();
        }
        assertThat(ResumeCodeCookies.read(new Cookie[] {new Cookie("reperes-survey-x", value)}, 7))
                .isEmpty();
        assertThat(ResumeCodeCookies.read(null, 7)).isEmpty();
    }

    @Test
    void theCookieIsHttpOnlyLaxOnTheWholeSiteUntilTheClose() {
        Cookie cookie = ResumeCodeCookies.cookie(42, CODE, 7, 3600, true);
        assertThat(cookie.getName()).isEqualTo("reperes-survey-42");
        assertThat(cookie.isHttpOnly()).isTrue();
        assertThat(cookie.getSecure()).isTrue();
        assertThat(cookie.getPath()).isEqualTo("/");
        assertThat(cookie.getAttribute("SameSite")).isEqualTo("Lax");
        assertThat(cookie.getMaxAge()).isEqualTo(3600);
        assertThat(ResumeCodeCookies.cookie(42, CODE, 7, 3600, false).getSecure())
                .isFalse();

        ZoneId paris = ZoneId.of("Europe/Paris");
        Clock noon = Clock.fixed(
                LocalDate.of(2026, 12, 2).atTime(12, 0).atZone(paris).toInstant(), paris);
        assertThat(ResumeCodeCookies.maxAge(LocalDate.of(2026, 12, 2), noon)).isEqualTo(12 * 3600);
        assertThat(ResumeCodeCookies.maxAge(LocalDate.of(2026, 12, 1), noon)).isZero();
        assertThat(ResumeCodeCookies.maxAge(null, noon)).isEqualTo(365 * 24 * 3600);
        assertThat(Instant.now(noon)).isNotNull();
    }
}
