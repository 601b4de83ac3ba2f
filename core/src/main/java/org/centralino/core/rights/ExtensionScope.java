package org.centralino.core.rights;

/** Which extensions a delegated administrator manages (seed 002, "Gestione Interni"). */
public enum ExtensionScope {
    /** None: not an extension administrator. */
    NONE,
    /** Only the extension the user owns. */
    OWN,
    /** The own extension and those listed in a group together with it. */
    GROUPS,
    /** Every extension; also needed to create and delete extensions. */
    ALL
}
