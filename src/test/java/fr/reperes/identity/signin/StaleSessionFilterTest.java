package fr.reperes.identity.signin;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;

/** Which requests pay for the account check: every one that can show or change personal data, not the bundle. */
class StaleSessionFilterTest {

    private final StaleSessionFilter filter = new StaleSessionFilter(null);

    @Test
    void pagesUidlAndPushAreCheckedTheBundleAndPublicFilesAreNot() {
        for (String checked : new String[] {"/", "/ppe", "/mes-documents", "/VAADIN/push", "/quitter", "/VAADIN/"}) {
            assertThat(filter.shouldNotFilter(request(checked))).as(checked).isFalse();
        }
        for (String skipped : new String[] {
            "/VAADIN/build/indexhtml-1.js",
            "/VAADIN/static/x.css",
            "/branding/demo/logo.svg",
            "/styles/reperes.css",
            "/images/a.png",
            "/favicon.ico"
        }) {
            assertThat(filter.shouldNotFilter(request(skipped))).as(skipped).isTrue();
        }
    }

    private static MockHttpServletRequest request(String path) {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", path);
        request.setRequestURI(path);
        return request;
    }
}
