package dev.fivenines.api;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

@SpringBootApplication
public class FiveninesApplication {

    public static void main(String[] args) {
        SpringApplication.run(FiveninesApplication.class, args);
    }
}
