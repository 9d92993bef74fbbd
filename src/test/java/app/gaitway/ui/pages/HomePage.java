package app.gaitway.ui.pages;

import app.gaitway.ui.Browser;

/** The first page after sign-in. */
public class HomePage extends GaitwayPage {

    public HomePage(Browser browser) {
        super(browser, "/");
    }
}
