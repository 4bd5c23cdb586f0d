package fr.reperes.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinResponse;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.streams.UploadEvent;
import fr.reperes.KaribuTest;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** An upload is bounded on the server before it is held in memory, whatever the browser claims or skips. */
class BoundedUploadTest extends KaribuTest {

    private static final int LIMIT = 10 * 1024 * 1024;

    private final List<byte[]> received = new ArrayList<>();
    private final List<String> refusals = new ArrayList<>();
    private final BoundedUpload handler = new BoundedUpload(
            LIMIT,
            "document.error.file.too-large",
            (metadata, bytes) -> received.add(bytes),
            () -> refusals.add("refused"));
    private Div owner;

    @BeforeEach
    void signIn() {
        signInAs("claire");
        owner = new Div();
        UI.getCurrent().add(owner);
    }

    @Test
    void aRequestDeclaringFarMoreThanTheLimitIsRefusedWithoutReadingItsBody() throws IOException {
        VaadinRequest request = mock(VaadinRequest.class);
        UploadEvent event = event(request, 2L * 1024 * 1024 * 1024);

        handler.handleUploadRequest(event);
        MockVaadin.runUIQueue();

        verify(request, never()).getInputStream();
        assertThat(event.isRejected()).isTrue();
        assertThat(event.getRejectionMessage()).isEqualTo("Ce fichier dépasse 10 Mo.");
        assertThat(refusals).hasSize(1);
        assertThat(received).isEmpty();
    }

    @Test
    void aRequestThatDoesNotSayItsSizeIsReadOnlyToOneBytePastTheLimit() throws IOException {
        CountingEndlessStream body = new CountingEndlessStream();
        VaadinRequest request = mock(VaadinRequest.class);
        when(request.getInputStream()).thenReturn(body);
        UploadEvent event = event(request, -1);

        handler.handleUploadRequest(event);
        MockVaadin.runUIQueue();

        assertThat(body.read).isEqualTo(LIMIT + 1L);
        assertThat(event.isRejected()).isTrue();
        assertThat(refusals).hasSize(1);
        assertThat(received).isEmpty();
    }

    @Test
    void theRefusalIsInTheReadersLanguage() throws IOException {
        UI.getCurrent().setLocale(Locale.ENGLISH);
        UploadEvent event = event(mock(VaadinRequest.class), LIMIT + 1L);
        handler.handleUploadRequest(event);
        assertThat(event.getRejectionMessage()).isEqualTo("This file is larger than 10 MB.");
    }

    @Test
    void aFileAtTheLimitIsReceivedWhole() throws IOException {
        VaadinRequest request = mock(VaadinRequest.class);
        when(request.getInputStream()).thenReturn(new ByteArrayInputStream(new byte[LIMIT]));

        handler.handleUploadRequest(event(request, LIMIT));
        MockVaadin.runUIQueue();

        assertThat(received)
                .singleElement()
                .satisfies(bytes -> assertThat(bytes).hasSize(LIMIT));
        assertThat(refusals).isEmpty();
    }

    @Test
    void theServerAlsoBoundsMultipartRequestsAndTheirFiles() {
        assertThat(handler.getFileSizeMax()).isEqualTo(LIMIT);
        assertThat(handler.getRequestSizeMax()).isBetween((long) LIMIT, LIMIT + 100_000L);
        assertThat(handler.getFileCountMax()).isEqualTo(1);
    }

    private UploadEvent event(VaadinRequest request, long declaredSize) {
        return new UploadEvent(
                request,
                mock(VaadinResponse.class),
                VaadinSession.getCurrent(),
                "gros.pdf",
                declaredSize,
                "application/pdf",
                owner.getElement(),
                null);
    }

    /** A body that never ends, counting what was read of it. */
    private static final class CountingEndlessStream extends InputStream {

        long read;

        @Override
        public int read() {
            read++;
            return 'x';
        }

        @Override
        public int read(byte[] buffer, int offset, int length) {
            read += length;
            return length;
        }
    }
}
