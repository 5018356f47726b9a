package dev.fivenines.api;

import dev.fivenines.api.cli.CommandLine;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

@SpringBootApplication
@ConfigurationPropertiesScan
public class FiveninesApplication {

    public static void main(String[] args) {
        var exitCode = CommandLine.run(args, System.out, System.err);
        if (exitCode.isPresent()) {
            System.exit(exitCode.get());
        }
        SpringApplication.run(FiveninesApplication.class, args);
    }
}
