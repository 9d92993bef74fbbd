package app.gaitway.patientside.web;

import jakarta.ws.rs.core.MultivaluedMap;

/** The patient's large-print switch, as sent: the size asked for and the place on the page to go back to. */
public record TextSizeForm(String size, String back) {

    public static TextSizeForm from(MultivaluedMap<String, String> body) {
        return new TextSizeForm(body.getFirst("size"), body.getFirst("back"));
    }

    /** Anything but "large" is the normal size: the switch never fails. */
    public boolean largePrint() {
        return "large".equals(size);
    }
}
