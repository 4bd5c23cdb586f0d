package fr.reperes.platform;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.function.SerializableBiConsumer;
import com.vaadin.flow.function.SerializableRunnable;
import com.vaadin.flow.i18n.I18NProvider;
import com.vaadin.flow.server.streams.UploadEvent;
import com.vaadin.flow.server.streams.UploadHandler;
import com.vaadin.flow.server.streams.UploadMetadata;
import java.io.IOException;
import java.io.InputStream;

/**
 * An upload kept in memory only up to a size limit, checked on the server before anything is held: a request that
 * declares more (Content-Length, or a multipart part) is refused without reading its body, and one that does not say
 * is read up to one byte past the limit, then refused. The Upload component's own size check runs in the browser and
 * proves nothing; {@code UploadHandler.inMemory} reads whatever is sent. The person sees the refusal in their language.
 */
public final class BoundedUpload implements UploadHandler {

    /** Room for a multipart request's boundaries and part headers around the one file. */
    private static final long MULTIPART_OVERHEAD = 64 * 1024;

    private final int maxBytes;
    private final String tooLargeKey;
    private final SerializableBiConsumer<UploadMetadata, byte[]> received;
    private final SerializableRunnable refused;

    /**
     * @param maxBytes    the largest file accepted
     * @param tooLargeKey bundle key of the message for a larger file
     * @param received    the file, on the UI's thread
     * @param refused     on the UI's thread, when the file was too large (after the message key was sent back)
     */
    public BoundedUpload(
            int maxBytes,
            String tooLargeKey,
            SerializableBiConsumer<UploadMetadata, byte[]> received,
            SerializableRunnable refused) {
        this.maxBytes = maxBytes;
        this.tooLargeKey = tooLargeKey;
        this.received = received;
        this.refused = refused;
    }

    @Override
    public void handleUploadRequest(UploadEvent event) throws IOException {
        if (event.getFileSize() > maxBytes) {
            refuse(event);
            return;
        }
        byte[] content;
        try (InputStream in = event.getInputStream()) {
            content = in.readNBytes(maxBytes + 1);
        }
        if (content.length > maxBytes) {
            refuse(event);
            return;
        }
        UploadMetadata metadata = new UploadMetadata(event.getFileName(), event.getContentType(), content.length);
        event.getUI().access(() -> received.accept(metadata, content));
    }

    private void refuse(UploadEvent event) {
        UI ui = event.getUI();
        event.reject(I18NProvider.translate(ui.getLocale(), tooLargeKey));
        ui.access(refused::run);
    }

    @Override
    public long getFileSizeMax() {
        return maxBytes;
    }

    @Override
    public long getRequestSizeMax() {
        return maxBytes + MULTIPART_OVERHEAD;
    }

    @Override
    public long getFileCountMax() {
        return 1;
    }
}
