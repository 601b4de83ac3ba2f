package org.centralino.core.registrar;

import java.util.List;

/** Read access to the current registrations, for the API and the console. */
public interface Registrations {
    /** Every live binding, ordered by extension then contact. */
    List<Binding> list();

    /** The live bindings of one extension. */
    List<Binding> of(String extension);
}
