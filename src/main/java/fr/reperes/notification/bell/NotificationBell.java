package fr.reperes.notification.bell;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.i18n.I18NProvider;
import fr.reperes.identity.Viewer;
import fr.reperes.notification.NotificationLine;
import fr.reperes.notification.Notifications;
import fr.reperes.shell.HeaderWidget;
import java.util.List;

/** The bell in the header, with the number of unread notifications; opening it marks them read. */
@org.springframework.stereotype.Component
class NotificationBell implements HeaderWidget {

    private final Notifications notifications;

    NotificationBell(Notifications notifications) {
        this.notifications = notifications;
    }

    @Override
    public Component create(Viewer viewer) {
        long unread = notifications.unreadCount(viewer);
        Button bell = new Button(VaadinIcon.BELL.create());
        bell.setId("cloche");
        bell.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        bell.setAriaLabel(I18NProvider.translate("bell.label", unread));
        if (unread > 0) {
            Span count = new Span(String.valueOf(unread));
            count.addClassName("reperes-bell-count");
            count.getElement().setAttribute("aria-hidden", "true");
            bell.setSuffixComponent(count);
        }
        bell.addClickListener(click -> {
            open(notifications.recent(viewer));
            notifications.markAllRead(viewer);
            bell.setSuffixComponent(null);
            bell.setAriaLabel(I18NProvider.translate("bell.label", 0));
        });
        return bell;
    }

    private static void open(List<NotificationLine> lines) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(I18NProvider.translate("bell.title"));
        if (lines.isEmpty()) {
            dialog.add(new Paragraph(I18NProvider.translate("bell.empty")));
        }
        UnorderedList list = new UnorderedList();
        for (NotificationLine line : lines) {
            Anchor link = new Anchor(
                    line.link(),
                    I18NProvider.translate("bell.kind." + line.kind().name(), line.firstName()));
            ListItem item = new ListItem(link);
            if (!line.read()) {
                item.addClassName("reperes-unread");
            }
            list.add(item);
        }
        dialog.add(list);
        dialog.getFooter().add(new Button(I18NProvider.translate("common.close"), click -> dialog.close()));
        dialog.open();
    }
}
