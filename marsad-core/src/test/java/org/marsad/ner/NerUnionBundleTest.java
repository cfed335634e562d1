package org.marsad.ner;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** A bundle with a CRF (combination {@link NerManifest#UNION}): training, the union rule and the manifest checks. */
class NerUnionBundleTest {
  static NerModel model;
  static List<TaggedSentence> sentences;

  @BeforeAll
  static void train() throws IOException {
    sentences = Conll.read(new BufferedReader(new StringReader(NerTrainingTest.CORPUS)));
    model = NerModel.train(sentences, new NerTrainingParams("PERCEPTRON", 60, 0, 3).withCrf(true, 0.1, 100, 0.001),
        "tiny hand-written corpus");
  }

  static byte[] bytes(NerModel m) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    m.save(out);
    return out.toByteArray();
  }

  /** Rewrites entries of a bundle: {@code manifest} edits the manifest text, {@code crf} replaces the CRF entry (null: dropped). */
  static byte[] rewrite(byte[] bundle, java.util.function.UnaryOperator<String> manifest, byte[] crf, boolean keepCrf)
      throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(bundle));
         ZipOutputStream zip = new ZipOutputStream(out)) {
      ZipEntry e;
      while ((e = in.getNextEntry()) != null) {
        byte[] b = in.readAllBytes();
        if (e.getName().equals("manifest.properties")) {
          b = manifest.apply(new String(b, StandardCharsets.ISO_8859_1)).getBytes(StandardCharsets.ISO_8859_1);
        } else if (e.getName().equals("crf-weights.bin")) {
          if (!keepCrf) {
            continue;
          }
          if (crf != null) {
            b = crf;
          }
        }
        zip.putNextEntry(new ZipEntry(e.getName()));
        zip.write(b);
        zip.closeEntry();
      }
    }
    return out.toByteArray();
  }

  @Test
  void manifestRecordsTheCombinationAndTheCrf() {
    NerManifest m = model.manifest();
    assertThat(m.format()).isEqualTo("marsad-ner/2");
    assertThat(m.combination()).isEqualTo(NerManifest.UNION);
    assertThat(m.crf()).contains("CRFsuite").contains("c2=0.1").contains("max_iterations=100").contains("prune |w|<0.001");
    assertThat(m.crfWeights()).matches("sha256:[0-9a-f]{32} labels=8 attributes=\\d+ weights=\\d+");
  }

  @Test
  void reproducesTheTrainingSpansAndRoundTrips() throws IOException {
    NerModel back = NerModel.load(new ByteArrayInputStream(bytes(model)), "round trip");
    assertThat(back.manifest()).isEqualTo(model.manifest());
    List<String[]> in = new java.util.ArrayList<>();
    for (TaggedSentence ts : sentences) {
      in.add(ts.tokens().toArray(new String[0]));
    }
    List<String[]> tags = back.tagDocument(in);
    for (int k = 0; k < sentences.size(); k++) {
      assertThat(List.of(tags.get(k))).isEqualTo(sentences.get(k).tags());
    }
    assertThat(back.tag(List.of("وقال", "سمير", "الخالدي", "إن", "شركة", "النور", "للطاقة", "في", "زهران", ".")))
        .containsExactly("O", "B-PERS", "I-PERS", "O", "B-ORG", "I-ORG", "I-ORG", "O", "B-LOC", "O");
  }

  @Test
  void unionKeepsCrfNamesAndAddsOnlyNonOverlappingOthers() {
    String[] crf = {"B-PERS", "I-PERS", "O", "O", "O", "B-LOC"};
    String[] other = {"B-ORG", "O", "B-LOC", "I-LOC", "O", "I-LOC"};
    NerModel.union(crf, other);
    assertThat(crf).containsExactly("B-PERS", "I-PERS", "B-LOC", "I-LOC", "O", "B-LOC");
    String[] overlap = {"O", "B-PERS", "O"};
    NerModel.union(overlap, new String[] {"B-ORG", "I-ORG", "I-ORG"});
    assertThat(overlap).containsExactly("O", "B-PERS", "O");
  }

  @Test
  void aChangedCrfEntryIsRefused() throws IOException {
    byte[] w = model.crf().pruned(0.5).toBytes();
    byte[] bad = rewrite(bytes(model), s -> s, w, true);
    assertThatThrownBy(() -> NerModel.load(new ByteArrayInputStream(bad), "x.zip"))
        .isInstanceOf(IOException.class).hasMessageContaining("x.zip: bad bundle: crf-weights.bin is sha256:")
        .hasMessageContaining("the manifest records sha256:");
  }

  @Test
  void aMissingCrfEntryIsRefused() throws IOException {
    byte[] bad = rewrite(bytes(model), s -> s, null, false);
    assertThatThrownBy(() -> NerModel.load(new ByteArrayInputStream(bad), "x.zip"))
        .isInstanceOf(IOException.class).hasMessageContaining("needs crf-weights.bin");
  }

  @Test
  void wrongCountsInTheManifestAreRefused() throws IOException {
    String rec = model.manifest().crfWeights();
    byte[] bad = rewrite(bytes(model), s -> s.replace(" weights\\=", " weights\\=1"), null, true);
    assertThatThrownBy(() -> NerModel.load(new ByteArrayInputStream(bad), "x.zip"))
        .isInstanceOf(IOException.class).hasMessageContaining("holds " + rec);
  }

  @Test
  void aCrfEntryInAPerceptronBundleIsRefused() throws IOException {
    byte[] bad = rewrite(bytes(model), s -> s.replace("combination=crf+perceptron-union", "combination=perceptron"), null, true);
    assertThatThrownBy(() -> NerModel.load(new ByteArrayInputStream(bad), "x.zip"))
        .isInstanceOf(IOException.class).hasMessageContaining("combination perceptron but a CRF entry or record");
  }

  @Test
  void anUnknownCombinationIsRefused() throws IOException {
    byte[] bad = rewrite(bytes(model), s -> s.replace("combination=crf+perceptron-union", "combination=vote"), null, true);
    assertThatThrownBy(() -> NerModel.load(new ByteArrayInputStream(bad), "x.zip"))
        .isInstanceOf(IOException.class).hasMessageContaining("unknown combination 'vote'");
  }

  @Test
  void aFormatOneBundleStillLoadsAsTheNameFinderAlone() throws IOException {
    byte[] old = rewrite(bytes(model.perceptronOnly()), s -> s.replace("format=marsad-ner/2", "format=marsad-ner/1")
        .replaceAll("(?m)^(combination|crf|crf\\.weights)=.*\\n", ""), null, false);
    NerModel back = NerModel.load(new ByteArrayInputStream(old), "old.zip");
    assertThat(back.manifest().combination()).isEqualTo(NerManifest.PERCEPTRON);
    assertThat(back.crf()).isNull();
  }
}
