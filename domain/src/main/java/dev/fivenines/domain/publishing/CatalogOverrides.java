package dev.fivenines.domain.publishing;

import java.util.Map;

/** Outbound port: tell the catalog which published bundles are active now (by slug). */
public interface CatalogOverrides {
    void replace(Map<String, Map<String, String>> activeBundles);
}
