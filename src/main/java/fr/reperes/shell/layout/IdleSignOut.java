package fr.reperes.shell.layout;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.ClientCallable;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Ends an idle session on a shared device, after a warning. The browser measures idleness (clicks, keys, touches;
 * Vaadin's heartbeat is not a person), asks the server to warn, then to sign out; the server opens the dialog and
 * signs out the same way as the header's button (the provider's session ends too). Without the browser (asleep,
 * closed), the server's session timeout ends the session anyway (vaadin.closeIdleSessions).
 * An empty element in the header: the server only answers calls from an element that is shown.
 */
class IdleSignOut extends Div {

    private final transient Runnable signOut;
    private final IdleProperties idle;
    private @Nullable Dialog warning;

    IdleSignOut(IdleProperties idle, Runnable signOut) {
        this.idle = idle;
        this.signOut = signOut;
        addClassName("reperes-idle");
    }

    @Override
    protected void onAttach(AttachEvent event) {
        super.onAttach(event);
        getElement()
                .executeJs("""
                const el = this;
                const state = window.reperesIdle = window.reperesIdle || { listening: false };
                clearInterval(state.timer);
                state.last = Date.now();
                state.warned = false;
                if (!state.listening) {
                  state.listening = true;
                  ['pointerdown', 'keydown', 'wheel', 'touchstart'].forEach(type => document.addEventListener(type,
                      () => { if (!state.warned) { state.last = Date.now(); } }, { capture: true, passive: true }));
                }
                state.timer = setInterval(() => {
                  const idle = Date.now() - state.last;
                  if (idle >= $1) {
                    clearInterval(state.timer);
                    el.$server.signOutIdle();
                  } else if (idle >= $0 && !state.warned) {
                    state.warned = true;
                    el.$server.warn();
                  }
                }, 10000);
                """, idle.warnAfter().toMillis(), idle.signOutAfter().toMillis());
    }

    @ClientCallable
    void warn() {
        if (warning != null && warning.isOpened()) {
            return;
        }
        long minutes = Math.max(1, idle.signOutAfter().minus(idle.warnAfter()).toMinutes());
        Button stay = new Button(getTranslation("shell.idle.stay"), click -> stay());
        stay.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button leave = new Button(getTranslation("shell.idle.sign-out"), click -> signOutIdle());
        warning = new Dialog(new Paragraph(getTranslation("shell.idle.text", minutes)));
        warning.setHeaderTitle(getTranslation("shell.idle.title"));
        warning.getFooter().add(leave, stay);
        warning.setCloseOnOutsideClick(false);
        warning.addDialogCloseActionListener(close -> stay());
        warning.open();
        stay.focus();
    }

    @ClientCallable
    void signOutIdle() {
        if (warning != null) {
            warning.close();
        }
        signOut.run();
    }

    private void stay() {
        Objects.requireNonNull(warning, "stay() answers the warning's own buttons")
                .close();
        getElement().executeJs("const s = window.reperesIdle; if (s) { s.last = Date.now(); s.warned = false; }");
    }
}
