package fr.reperes.shell.errors;

import fr.reperes.identity.CurrentViewer;
import fr.reperes.platform.BundleTranslations;
import fr.reperes.platform.DatabaseUnavailable;
import fr.reperes.shell.layout.Branding;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.util.HtmlUtils;

/**
 * What the servlet container shows for an error that never reached the portal's router: an address under
 * {@code /VAADIN/}, a download link that no longer exists, a fault before any page opened. In place of Spring's
 * "Whitelabel Error Page" (in English, with the status and the time): a plain page in the reader's language with the
 * same title, sentence, whom to call and way home as the error pages inside the frame, and nothing of the error.
 */
@Controller
class HttpErrorPage implements ErrorController {

    private final BundleTranslations translations;
    private final Branding branding;
    private final CurrentViewer currentViewer;

    HttpErrorPage(BundleTranslations translations, Branding branding, CurrentViewer currentViewer) {
        this.translations = translations;
        this.branding = branding;
        this.currentViewer = currentViewer;
    }

    @RequestMapping("${server.error.path:${error.path:/error}}")
    ResponseEntity<String> error(HttpServletRequest request) {
        HttpStatus status = status(request);
        Locale locale = request.getLocale();
        String titleKey;
        String textKey;
        if (status == HttpStatus.NOT_FOUND) {
            titleKey = "error.not-found.title";
            textKey = "error.not-found.text";
        } else if (request.getAttribute(RequestDispatcher.ERROR_EXCEPTION) instanceof Throwable thrown
                && DatabaseUnavailable.causedBy(thrown)) {
            status = HttpStatus.SERVICE_UNAVAILABLE;
            titleKey = "error.unavailable.title";
            textKey = "error.unavailable.text";
        } else if (status == HttpStatus.FORBIDDEN || status == HttpStatus.UNAUTHORIZED) {
            titleKey = "error.refused.title";
            textKey = "error.http.refused.text";
        } else {
            titleKey = "error.unexpected.title";
            textKey = "error.http.unexpected.text";
        }
        String language = translations.getTranslation("error.http.language", locale);
        String title = text(titleKey, locale);
        String page = """
                <!doctype html>
                <html lang="%s">
                <head>
                <meta charset="utf-8">
                <meta name="viewport" content="width=device-width, initial-scale=1">
                <title>%s</title>
                <link rel="stylesheet" href="%s">
                </head>
                <body>
                <header><p>Repères · %s</p></header>
                <main>
                <h1>%s</h1>
                <p>%s</p>
                <p id="qui-appeler">%s</p>
                <p><a href="%s">%s</a></p>
                </main>
                </body>
                </html>
                """.formatted(
                        escape(language),
                        escape(title),
                        escape(request.getContextPath() + "/" + branding.stylesheetUrl()),
                        escape(branding.name()),
                        escape(title),
                        escape(text(ErrorPage.voiced(currentViewer, textKey), locale)),
                        escape(translations.getTranslation(
                                ErrorPage.voiced(currentViewer, "error.call"), locale, branding.asePhone())),
                        escape(request.getContextPath() + "/"),
                        escape(text("error.home", locale)));
        return ResponseEntity.status(status)
                .contentType(new MediaType(MediaType.TEXT_HTML, StandardCharsets.UTF_8))
                .body(page);
    }

    /** Only what HTML needs escaped: the page is UTF-8, so "’" and "é" stay as they are. */
    private static String escape(String text) {
        return HtmlUtils.htmlEscape(text, StandardCharsets.UTF_8.name());
    }

    private String text(String key, Locale locale) {
        return translations.getTranslation(key, locale);
    }

    /** The status the container set; a visit to the error address itself is an address that leads nowhere. */
    private static HttpStatus status(HttpServletRequest request) {
        Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        if (code instanceof Integer number) {
            HttpStatus status = HttpStatus.resolve(number);
            if (status != null && status.isError()) {
                return status;
            }
        }
        return HttpStatus.NOT_FOUND;
    }
}
