package org.centralino.sip.dialog;

/**
 * Which side created the dialog (RFC 3261 §12.1): the UAC sent the dialog-creating request, the UAS answered
 * it. The role decides how the route set is built (in order vs reversed, §12.1.1/§12.1.2) and which
 * transaction is the dialog's initial one; once the dialog exists, both sides send requests.
 */
public enum DialogRole {
    UAC,
    UAS
}
