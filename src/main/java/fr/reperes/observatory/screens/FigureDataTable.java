package fr.reperes.observatory.screens;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableBody;
import com.vaadin.flow.component.html.NativeTableCell;
import com.vaadin.flow.component.html.NativeTableHeader;
import com.vaadin.flow.component.html.NativeTableHeaderCell;
import com.vaadin.flow.component.html.NativeTableRow;
import fr.reperes.observatory.shown.ShownTable;

/**
 * The data table beside a chart: a plain HTML table with its caption, column and row headers ({@code scope}), the
 * total last, each cell in the words of the {@link ShownTable} (a withheld cell says so, never 0). It sits in a box
 * that scrolls sideways on a narrow screen, a focusable named region so that a keyboard can scroll it too.
 */
public final class FigureDataTable {

    static final String WITHHELD_CLASS = "reperes-withheld";

    private FigureDataTable() {}

    public static NativeTable table(ShownTable shown) {
        NativeTable html = new NativeTable();
        html.setCaptionText(shown.caption());
        NativeTableRow head = new NativeTableRow();
        for (String column : shown.header()) {
            NativeTableHeaderCell cell = new NativeTableHeaderCell(column);
            cell.getElement().setAttribute("scope", "col");
            head.add(cell);
        }
        html.add(new NativeTableHeader(head));
        NativeTableBody body = new NativeTableBody();
        for (ShownTable.Row row : shown.lines()) {
            NativeTableRow line = new NativeTableRow();
            NativeTableHeaderCell label = new NativeTableHeaderCell(row.label());
            label.getElement().setAttribute("scope", "row");
            line.add(label);
            for (ShownTable.Cell value : row.cells()) {
                NativeTableCell cell = new NativeTableCell(value.text());
                if (value.withheld()) {
                    cell.addClassName(WITHHELD_CLASS);
                    cell.getStyle().set("font-style", "italic");
                }
                line.add(cell);
            }
            body.add(line);
        }
        html.add(body);
        html.addClassName("reperes-results-table");
        html.getStyle().set("border-collapse", "collapse").set("white-space", "nowrap");
        return html;
    }

    /** The table in its own scrolling box, a region named {@code regionName} that the keyboard can reach. */
    public static Div scrolling(ShownTable shown, String regionName) {
        Div box = new Div(table(shown));
        box.getElement().setAttribute("role", "region");
        box.getElement().setAttribute("aria-label", regionName);
        box.getElement().setAttribute("tabindex", "0");
        box.getStyle().set("overflow-x", "auto").set("max-width", "100%");
        box.setWidthFull();
        return box;
    }
}
