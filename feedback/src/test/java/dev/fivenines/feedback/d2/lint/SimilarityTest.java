package dev.fivenines.feedback.d2.lint;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SimilarityTest {

    @ParameterizedTest
    @CsvSource({"shap,shape,true", "stlye,style,true", "lable,label,true", "sahpe,shape,true", "shapes,shape,true",
            "shape,shape,false", "shp,shape,false", "circle,shape,false", "labell,label,true", "xabel,label,true"})
    void oneEditApartWhenComparedThenAgreesWithOptimalStringAlignment(String a, String b, boolean expected) {
        assertThat(Similarity.oneEditApart(a, b)).isEqualTo(expected);
        assertThat(Similarity.distance(a, b) == 1).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource({"Cleint,client,true", "server,serevr,true", "primary,replica,false", "ab,ac,false",
            "load-balancer,loadbalancers,true", "replica1,replica2,false", "shard10,shard1,false", "node12,node21,false",
            "replcia1,replica1,true", "shard-1,shard1,true"})
    void nearMissWhenNamesNormalizedThenToleratesSmallTypos(String a, String b, boolean expected) {
        assertThat(Similarity.nearMissNormalized(Similarity.normalize(a), Similarity.normalize(b))).isEqualTo(expected);
    }

    /** The table-free answer for one edit is the distance's: random near names over a small alphabet. */
    @Test
    void nearMissWhenRandomNamesThenAgreesWithTheDistanceTable() {
        Random random = new Random(11);
        for (int n = 0; n < 100_000; n++) {
            String x = randomName(random);
            String y = random.nextBoolean() ? randomName(random) : mutated(x, random);
            int shorter = Math.min(x.length(), y.length());
            int allowed = shorter >= 8 ? 2 : 1;
            boolean expected = shorter >= 4 && Math.abs(x.length() - y.length()) <= allowed
                    && Similarity.sameDigits(x, y) && Similarity.distance(x, y) <= allowed;
            assertThat(Similarity.nearMissNormalized(x, y)).as("%s / %s", x, y).isEqualTo(expected);
        }
    }

    private static String randomName(Random random) {
        StringBuilder name = new StringBuilder();
        for (int i = 3 + random.nextInt(8); i > 0; i--) {
            name.append("abcd1".charAt(random.nextInt(5)));
        }
        return name.toString();
    }

    /** One or two random edits: deletions, insertions, substitutions and swaps of neighbours. */
    private static String mutated(String name, Random random) {
        StringBuilder out = new StringBuilder(name);
        for (int edits = 1 + random.nextInt(2); edits > 0 && out.length() > 1; edits--) {
            int i = random.nextInt(out.length() - 1);
            switch (random.nextInt(4)) {
                case 0 -> out.deleteCharAt(i);
                case 1 -> out.insert(i, "abcd1".charAt(random.nextInt(5)));
                case 2 -> out.setCharAt(i, "abcd1".charAt(random.nextInt(5)));
                default -> {
                    char c = out.charAt(i);
                    out.setCharAt(i, out.charAt(i + 1));
                    out.setCharAt(i + 1, c);
                }
            }
        }
        return out.toString();
    }

    @ParameterizedTest
    @CsvSource({"client,client", "Client,client", "load-balancer,loadbalancer", "redis_server.1,redisserver1",
            "'a b',ab", "Straße,straße", "İstanbul,i̇stanbul", "db,db"})
    void normalizeWhenNameHasCapitalsSeparatorsOrNonAsciiThenLowerCasesAndDropsSeparators(String name, String expected) {
        assertThat(Similarity.normalize(name)).isEqualTo(expected);
    }
}
