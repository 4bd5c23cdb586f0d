package fr.reperes.shell.errors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import fr.reperes.identity.CurrentViewer;
import fr.reperes.identity.Role;
import fr.reperes.identity.Viewer;
import fr.reperes.platform.BundleTranslations;
import fr.reperes.shell.layout.Branding;
import jakarta.servlet.RequestDispatcher;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.http.ResponseEntity;
import org.springframework.mock.web.MockHttpServletRequest;

/**
 * The page the servlet container shows for an error outside the router, for each status, language and audience: the
 * same status, a title and sentence of the portal's own, whom to call in the reader's voice, and nothing of Spring's.
 */
class HttpErrorPageTest {

    @ParameterizedTest(name = "{0} {1} {2}")
    @CsvSource(delimiter = '|', textBlock = """
            404 | fr | PARENT | Page introuvable            | appelez le service
            403 | fr | PARENT | Page non accessible         | appelez le service
            500 | fr | PARENT | Un problème est survenu     | appelez le service
            404 | fr | JEUNE  | Page introuvable            | Appelle le service
            403 | fr | JEUNE  | Cette page ne t’est pas     | Si tu es en danger
            500 | fr | JEUNE  | Réessaie dans un moment     | Appelle le service
            404 | en | PARENT | Page not found              | call the département’s child welfare service
            500 | en | JEUNE  | Something went wrong        | If you are in danger
            """)
    void aPlainPageInTheReadersLanguageAndVoice(int status, String language, Role role, String says, String call) {
        CurrentViewer currentViewer = mock(CurrentViewer.class);
        when(currentViewer.find())
                .thenReturn(Optional.of(new Viewer(1L, "s", "Quelqu’un", role, 1L, null, null, null)));
        Branding branding = mock(Branding.class);
        when(branding.asePhone()).thenReturn("01 99 00 12 34");
        when(branding.name()).thenReturn("Département de démonstration");
        when(branding.stylesheetUrl()).thenReturn("branding/demo/theme.css");
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/error");
        request.setAttribute(RequestDispatcher.ERROR_STATUS_CODE, status);
        request.setAttribute(RequestDispatcher.ERROR_EXCEPTION, new IllegalStateException("détail interne"));
        request.addPreferredLocale(Locale.forLanguageTag(language));

        ResponseEntity<String> response =
                new HttpErrorPage(new BundleTranslations(), branding, currentViewer).error(request);

        assertThat(response.getStatusCode().value()).isEqualTo(status);
        assertThat(response.getBody())
                .contains("<html lang=\"" + language + "\">", says, call, "01 99 00 12 34", "119", "href=\"/\"")
                .doesNotContain("Whitelabel", "détail interne", "IllegalState", "!error", "status=");
    }
}
