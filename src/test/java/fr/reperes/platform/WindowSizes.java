package fr.reperes.platform;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.page.Page;
import java.lang.reflect.Method;

/**
 * The browser's window resized, as Vaadin's page records it: the size its bootstrap and its debounced "window-resize"
 * listener hand to {@code Page.setWindowSize}, which feeds {@code Page.windowSizeSignal()}. Karibu has no window, and a
 * debounced DOM listener does not hear Karibu's events; so the test calls the same (package-private) setter.
 */
public final class WindowSizes {

    private WindowSizes() {}

    public static void resize(int width, int height) {
        Page page = UI.getCurrent().getPage();
        try {
            Method setWindowSize = Page.class.getDeclaredMethod("setWindowSize", int.class, int.class);
            setWindowSize.setAccessible(true);
            setWindowSize.invoke(page, width, height);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("Vaadin's Page no longer records the window's size this way", e);
        }
        MockVaadin.clientRoundtrip(false);
    }
}
