import java.net.HttpURLConnection;
import java.net.URI;

/**
 * The container's HEALTHCHECK: exits 0 when the given URL answers 200, else 1.
 * Written in Java because the runtime image is certain to have java, and not certain
 * to have curl or wget.
 */
public final class HealthProbe {

    public static void main(String[] args) {
        String url = args.length > 0 ? args[0] : "http://localhost:8080/health/ready";
        try {
            HttpURLConnection connection = (HttpURLConnection) URI.create(url).toURL().openConnection();
            connection.setConnectTimeout(2000);
            connection.setReadTimeout(4000);
            connection.setInstanceFollowRedirects(false);
            int status = connection.getResponseCode();
            System.out.println(url + " answered " + status);
            System.exit(status == 200 ? 0 : 1);
        } catch (Exception e) {
            System.out.println(url + " unreachable: " + e);
            System.exit(1);
        }
    }
}
