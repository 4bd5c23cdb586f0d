package fr.reperes.shell.errors;

import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import org.springframework.stereotype.Component;

/** Every session gets the {@link SessionErrorHandler} from its start, in place of Vaadin's default one. */
@Component
class SessionErrors implements VaadinServiceInitListener {

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addSessionInitListener(init -> init.getSession().setErrorHandler(new SessionErrorHandler()));
    }
}
