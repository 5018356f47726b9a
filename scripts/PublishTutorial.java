// Publishes a tutorial version to a fivenines server, as an admin script would.
//
//   java scripts/PublishTutorial.java --api http://localhost:8080 --slug single-node-key-value-core \
//        --dir content/src/main/resources/tutorials/single-node-key-value-core \
//        --token-url https://id.example/oauth2/token --client-id ci-publisher --client-secret "$SECRET"
//
// The token comes from an OAuth2 client-credentials grant (scope "admin"), or from --token /
// FIVENINES_TOKEN when you already have one (e.g. from `bin/fivenines dev-token --subject me --admin`).
// Exit 0: published; 1: the server rejected the bundle (its file:line problems are printed); 2: usage or
// connection problems. Needs only a JDK 17 or newer: no build, no libraries (plain Java 17 source, so the
// machine's default java runs it; PublishTutorialScriptTest compiles it with --release 17).

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

public final class PublishTutorial {

    private static final List<String> FILES = List.of("tutorial.yaml", "brief.md", "rubric.yaml", "starter.d2", "solution.d2");
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    public static void main(String[] args) throws Exception {
        Map<String, String> options = options(args);
        for (String required : List.of("api", "slug", "dir")) {
            if (!options.containsKey(required)) {
                usage("--" + required + " is required");
            }
        }
        String token = token(options);
        StringBuilder files = new StringBuilder();
        for (String name : FILES) {
            Path file = Path.of(options.get("dir"), name);
            if (Files.isRegularFile(file)) {
                files.append(files.isEmpty() ? "" : ",").append(json(name)).append(':').append(json(Files.readString(file)));
            }
        }
        HttpResponse<String> response = send(HttpRequest.newBuilder(URI.create(options.get("api")
                        + "/api/v1/admin/tutorials/" + options.get("slug") + "/versions"))
                .header("Authorization", "Bearer " + token)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"files\":{" + files + "}}")).build());
        if (response.statusCode() == 201) {
            System.out.println("published: " + response.body());
            return;
        }
        System.err.println("not published (HTTP " + response.statusCode() + "):");
        Matcher problem = Pattern.compile("\\{\"file\":\"([^\"]*)\",\"line\":(\\d+),\"message\":\"((?:[^\"\\\\]|\\\\.)*)\"}")
                .matcher(response.body());
        boolean any = false;
        while (problem.find()) {
            System.err.println(problem.group(1) + ":" + problem.group(2) + ": " + problem.group(3));
            any = true;
        }
        if (!any) {
            System.err.println(response.body());
        }
        System.exit(response.statusCode() == 400 ? 1 : 2);
    }

    static String token(Map<String, String> options) throws IOException, InterruptedException {
        String given = options.getOrDefault("token", System.getenv("FIVENINES_TOKEN"));
        if (given != null && !given.isBlank()) {
            return given.strip();
        }
        if (!options.containsKey("token-url") || !options.containsKey("client-id") || !options.containsKey("client-secret")) {
            usage("give --token (or FIVENINES_TOKEN), or --token-url with --client-id and --client-secret");
        }
        String basic = Base64.getEncoder().encodeToString((options.get("client-id") + ":" + options.get("client-secret"))
                .getBytes(StandardCharsets.UTF_8));
        HttpResponse<String> response = send(HttpRequest.newBuilder(URI.create(options.get("token-url")))
                .header("Authorization", "Basic " + basic)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("grant_type=client_credentials&scope="
                        + URLEncoder.encode(options.getOrDefault("scope", "admin"), StandardCharsets.UTF_8))).build());
        Matcher accessToken = Pattern.compile("\"access_token\"\\s*:\\s*\"([^\"]+)\"").matcher(response.body());
        if (response.statusCode() != 200 || !accessToken.find()) {
            System.err.println("no token from " + options.get("token-url") + " (HTTP " + response.statusCode() + ")");
            System.exit(2);
        }
        return accessToken.group(1);
    }

    static HttpResponse<String> send(HttpRequest request) throws IOException, InterruptedException {
        try {
            return HTTP.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            System.err.println("cannot reach " + request.uri() + ": " + e.getMessage());
            System.exit(2);
            throw e;
        }
    }

    static Map<String, String> options(String[] args) {
        Map<String, String> options = new HashMap<>();
        for (int i = 0; i < args.length; i++) {
            if (!args[i].startsWith("--") || i + 1 >= args.length) {
                usage("unexpected argument " + args[i]);
            }
            options.put(args[i].substring(2), args[++i]);
        }
        return options;
    }

    /** A JSON string literal: the few characters JSON requires escaped, and control characters. */
    static String json(String text) {
        StringBuilder out = new StringBuilder("\"");
        for (char c : text.toCharArray()) {
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> out.append(c < 0x20 ? String.format("\\u%04x", (int) c) : String.valueOf(c));
            }
        }
        return out.append('"').toString();
    }

    static void usage(String problem) {
        System.err.println("PublishTutorial: " + problem);
        System.err.println("usage: java scripts/PublishTutorial.java --api URL --slug SLUG --dir DIR "
                + "(--token TOKEN | --token-url URL --client-id ID --client-secret SECRET [--scope admin])");
        System.exit(2);
    }
}
