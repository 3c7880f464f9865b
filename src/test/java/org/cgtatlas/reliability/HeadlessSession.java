package org.cgtatlas.reliability;

import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.cgtatlas.app.CgtAtlasApp;
import org.cgtatlas.app.Launcher;
import org.cgtatlas.ui.navigation.ScreenId;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Run in a child JVM by {@link NoOpenDoorsTest}: uses CGT Atlas as an analyst would (command line and window,
 * every screen), then prints the TCP sockets the process listens on.
 */
public final class HeadlessSession {

    private HeadlessSession() {
    }

    public static void main(String[] args) throws Exception {
        Path dataFolder = Path.of(args[0]);
        Path export = dataFolder.resolveSibling("export.json");
        Launcher.newCommandLine().execute("export", "--format", "json", "--out", export.toString(), "--data-dir", dataFolder.toString());
        Launcher.newCommandLine().execute("import", export.toString(), "--data-dir", dataFolder.toString());
        FxToolkit.registerPrimaryStage();
        CgtAtlasApp app = (CgtAtlasApp) FxToolkit.setupApplication(CgtAtlasApp.class, "--data-dir=" + dataFolder);
        app.windowReady().get(60, TimeUnit.SECONDS);
        FxRobot robot = new FxRobot();
        for (ScreenId screen : ScreenId.values()) {
            robot.clickOn("#nav-" + screen.name().toLowerCase(java.util.Locale.ROOT));
            WaitForAsyncUtils.sleep(300, TimeUnit.MILLISECONDS);
        }
        System.out.println("LISTENING=" + ListeningSockets.ofThisProcess());
        FxToolkit.cleanupApplication(app);
        System.exit(0);
    }
}
