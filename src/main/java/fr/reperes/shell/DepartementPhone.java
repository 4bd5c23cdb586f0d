package fr.reperes.shell;

/**
 * The phone of the département's child welfare service (ASE), from its theme: the number anyone may call, given
 * where nothing more personal may be (an error page, a parent every file is closed to).
 */
public interface DepartementPhone {

    /** As people dial it, e.g. "01 99 00 12 34". */
    String asePhone();
}
