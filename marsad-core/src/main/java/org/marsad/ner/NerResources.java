package org.marsad.ner;

import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;
import org.marsad.kb.KbEntry;
import org.marsad.kb.KnowledgeBase;

/**
 * The feature resources of the name finder, loaded once per JVM: the bundled ANERGazet gazetteers,
 * the trigger lists, the knowledge base's names ({@link KnowledgeBase}) and (when bundled) word clusters.
 *
 * <p>For feature experiments only, the system property {@code marsad.ner.ablate} switches parts off
 * (comma-separated: {@code gazetteer}, {@code triggers}, {@code kb}, {@code clusters}) and
 * {@code marsad.ner.clustersFile} replaces the bundled word clusters by a file; the active configuration is
 * recorded in a trained model's manifest and checked when it loads.
 */
final class NerResources {
  static final String BASE = "/org/marsad/ner/";
  static final String CLUSTERS = BASE + "clusters.tsv";
  static final String STEM_CLUSTERS = BASE + "clusters-stems.tsv";

  private static volatile ArabicNerFeatures features;
  private static volatile String description;

  private NerResources() {
  }

  static ArabicNerFeatures features() {
    ArabicNerFeatures f = features;
    if (f == null) {
      synchronized (NerResources.class) {
        f = features;
        if (f == null) {
          f = build();
          features = f;
        }
      }
    }
    return f;
  }

  /** Features description for the manifest, including what is switched off. */
  static String describe() {
    features();
    return description;
  }

  /** Adds the knowledge base's names by kind (its content may grow without invalidating a model). */
  static void addKnowledgeBase(Lexicon.Builder b, KnowledgeBase kb) {
    for (KbEntry e : kb.entries()) {
      Lexicon.Kind k = switch (e.kind()) {
        case COUNTRY -> Lexicon.Kind.KB_COUNTRY;
        case CAPITAL, CITY -> Lexicon.Kind.KB_CITY;
        case REGION -> Lexicon.Kind.KB_REGION;
        case PERSON -> Lexicon.Kind.KB_PER;
        case IGO, INSTITUTION, GROUP, OUTLET -> Lexicon.Kind.KB_ORG;
        case NISBA -> Lexicon.Kind.KB_NISBA;
        case TITLE -> Lexicon.Kind.KB_TITLE;
      };
      for (String name : e.names()) {
        b.add(k, name);
      }
    }
  }

  private static ArabicNerFeatures build() {
    Set<String> off = new HashSet<>(Arrays.asList(System.getProperty("marsad.ner.ablate", "").split(",")));
    off.remove("");
    Lexicon.Builder b = Lexicon.builder();
    if (!off.contains("gazetteer")) {
      b.addResource(Lexicon.Kind.GAZ_LOC, BASE + "anergazet/AlignedLocGazetteer.txt");
      b.addResource(Lexicon.Kind.GAZ_ORG, BASE + "anergazet/AlignedOrgGazetteer.txt");
      b.addResource(Lexicon.Kind.GAZ_PER, BASE + "anergazet/AlignedPersGazetteer.txt");
    }
    if (!off.contains("triggers")) {
      b.addTriggers(BASE + "triggers.txt");
    }
    if (!off.contains("kb")) {
      addKnowledgeBase(b, KnowledgeBase.standard());
    }
    WordClusters clusters = null;
    String file = System.getProperty("marsad.ner.clustersFile", "");
    if (!off.contains("clusters") && !file.isEmpty()) {
      clusters = WordClusters.loadFile(java.nio.file.Path.of(file));
    } else if (!off.contains("clusters") && NerResources.class.getResource(CLUSTERS) != null) {
      clusters = WordClusters.load(CLUSTERS);
    }
    WordClusters stemClusters = null;
    String stemFile = System.getProperty("marsad.ner.stemClustersFile", "");
    if (!off.contains("clusters") && !stemFile.isEmpty()) {
      stemClusters = WordClusters.loadFile(java.nio.file.Path.of(stemFile));
    } else if (!off.contains("clusters") && NerResources.class.getResource(STEM_CLUSTERS) != null) {
      stemClusters = WordClusters.load(STEM_CLUSTERS);
    }
    Set<String> sorted = new java.util.TreeSet<>(off);
    description = ArabicNerFeatures.DESCRIPTION + (clusters == null ? "; no clusters" : "; clusters " + clusters.size())
        + (stemClusters == null ? "" : "; stem clusters " + stemClusters.size()
            + (ArabicNerFeatures.NEIGHBOUR_STEM_CLUSTERS ? " at -1..+1" : ""))
        + (sorted.isEmpty() ? "" : "; ablated " + String.join(",", sorted));
    return new ArabicNerFeatures(b.build(), clusters, stemClusters);
  }
}
