package dev.fivenines.feedback.d2.lint;

import static org.assertj.core.api.Assertions.assertThat;

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

    @ParameterizedTest
    @CsvSource({"client,client", "Client,client", "load-balancer,loadbalancer", "redis_server.1,redisserver1",
            "'a b',ab", "Straße,straße", "İstanbul,i̇stanbul", "db,db"})
    void normalizeWhenNameHasCapitalsSeparatorsOrNonAsciiThenLowerCasesAndDropsSeparators(String name, String expected) {
        assertThat(Similarity.normalize(name)).isEqualTo(expected);
    }
}
