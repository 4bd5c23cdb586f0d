package fr.reperes.platform;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.signals.Signal;
import java.util.List;

/**
 * A grid that keeps, on a phone, only the columns that matter there: a list of ten columns scrolls sideways on a 360-px
 * screen and hides what a référent looks for. Below {@link #PHONE_WIDTH} pixels of window (the width under which the
 * portal's style sheet lays pages out for a phone) only the phone's columns show, often one card-like column that
 * gathers what the wide columns spread out; above it, every column but those. It follows the window as it is resized
 * or turned. The grid stays lazy: the choice of columns does not touch its data.
 */
public final class PhoneColumns {

    /** The same bound as the style sheet's {@code @media (max-width: 600px)}. */
    public static final int PHONE_WIDTH = 600;

    private PhoneColumns() {}

    /**
     * On a phone, {@code onPhone} alone; wider, every column of the grid except {@code phoneOnly}. An unknown window
     * width (0: before the browser said it, or without a browser) counts as wide.
     */
    public static <T> void adapt(Grid<T> grid, List<Grid.Column<T>> onPhone, List<Grid.Column<T>> phoneOnly) {
        show(grid, onPhone, phoneOnly, 0);
        UI ui = UI.getCurrent();
        if (ui == null) {
            return;
        }
        Signal.effect(
                grid,
                () -> show(
                        grid,
                        onPhone,
                        phoneOnly,
                        ui.getPage().windowSizeSignal().get().width()));
    }

    /** Whether a window this wide (in CSS pixels; 0 when unknown) is a phone's. */
    public static boolean isPhone(int windowWidth) {
        return windowWidth > 0 && windowWidth < PHONE_WIDTH;
    }

    private static <T> void show(
            Grid<T> grid, List<Grid.Column<T>> onPhone, List<Grid.Column<T>> phoneOnly, int windowWidth) {
        boolean phone = isPhone(windowWidth);
        for (Grid.Column<T> column : grid.getColumns()) {
            column.setVisible(phone ? onPhone.contains(column) : !phoneOnly.contains(column));
        }
    }
}
