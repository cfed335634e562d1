package org.marsad.ner;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import third_party.org.chokkan.crfsuite.StringList;
import third_party.org.chokkan.crfsuite.Tagger;

/**
 * The CRF path: weights read out of a CRFsuite model file, the Java Viterbi decoder equal to CRFsuite's own
 * tagger, weight pruning and serialisation.
 */
class CrfDecoderTest {
  static List<TaggedSentence> tiny;
  static Path tinyModel;
  static CrfWeights tinyWeights;

  @TempDir
  static Path dir;

  @BeforeAll
  static void train() throws IOException {
    tiny = Conll.read(new BufferedReader(new StringReader(NerTrainingTest.CORPUS)));
    tinyModel = dir.resolve("tiny.crfsuite");
    new CrfTrainer(0.1, 100, 0).trainCrfsuite(tiny, NerResources.features(), tinyModel);
    tinyWeights = CrfWeights.fromCrfsuite(Files.readAllBytes(tinyModel));
  }

  /** CRFsuite's own Viterbi labels and {@link CrfDecoder}'s for sentences tagged as documents of 20, same memory. */
  static int differences(Path model, CrfWeights w, List<String[]> sents) {
    Tagger tagger = new Tagger();
    assertThat(tagger.open(model.toString())).isTrue();
    ArabicNerFeatures feats = NerResources.features();
    CrfDecoder dec = new CrfDecoder(w, feats);
    Map<String, String> mem = new HashMap<>();
    Map<String, String> stemMem = new HashMap<>();
    int diff = 0;
    for (int k = 0; k < sents.size(); k++) {
      if (k % NerModel.DOCUMENT_SENTENCES == 0) {
        mem.clear();
        stemMem.clear();
        dec.clearMemory();
      }
      String[] toks = sents.get(k);
      tagger.set(CrfTrainer.items(feats, toks, mem, stemMem));
      StringList yl = tagger.viterbi();
      String[] y = new String[toks.length];
      for (int i = 0; i < y.length; i++) {
        y[i] = yl.get(i);
      }
      if (!List.of(y).equals(List.of(dec.decode(toks)))) {
        diff++;
      }
      CrfTrainer.remember(toks, CrfDecoder.bio(y), mem, stemMem);
    }
    tagger.delete();
    return diff;
  }

  static List<String[]> tokens(List<TaggedSentence> ss) {
    List<String[]> out = new ArrayList<>();
    for (TaggedSentence s : ss) {
      out.add(s.tokens().toArray(new String[0]));
    }
    return out;
  }

  @Test
  void readsLabelsTransitionsAndStateWeightsOutOfTheCrfsuiteModel() {
    assertThat(tinyWeights.labels()).containsExactlyInAnyOrder("O", "B-PERS", "I-PERS", "B-LOC", "B-ORG", "I-ORG", "B-MISC",
        "I-MISC");
    assertThat(tinyWeights.state("w=الخالدي")).isNotNull();
    int perCont = List.of(tinyWeights.labels()).indexOf("I-PERS");
    int perStart = List.of(tinyWeights.labels()).indexOf("B-PERS");
    int o = List.of(tinyWeights.labels()).indexOf("O");
    assertThat(tinyWeights.transition(perStart, perCont)).isGreaterThan(tinyWeights.transition(o, perCont));
  }

  @Test
  void viterbiEqualsCrfsuitesTaggerOnTheTinyCorpusAndNewSentences() throws IOException {
    CrfTrainer.loadNative();
    List<String[]> sents = tokens(tiny);
    sents.add(new String[] {"وقال", "سمير", "الخالدي", "إن", "شركة", "النور", "للطاقة", "في", "زهران", "."});
    sents.add(new String[] {"كريم"});
    sents.add(new String[] {"التقى", "كريم", "ناصر", "و", "سمير", "الخالدي", "في", "مدينة", "زهران", "أمس", "."});
    assertThat(differences(tinyModel, tinyWeights, sents)).isZero();
  }

  @Test
  void viterbiEqualsCrfsuitesTaggerOnAnercorp() throws IOException {
    Path f = Path.of("../../shared/data/anercorp/ANERcorp_CamelLabSplit_reconstructed_train.txt");
    if (!Files.exists(f)) {
      f = Path.of("../shared/data/anercorp/ANERcorp_CamelLabSplit_reconstructed_train.txt");
    }
    assumeTrue(Files.exists(f), "ANERcorp not found under ../shared: skipped");
    List<TaggedSentence> all;
    try (BufferedReader r = Files.newBufferedReader(f, StandardCharsets.UTF_8)) {
      all = Conll.read(r);
    }
    Path model = dir.resolve("aner.crfsuite");
    new CrfTrainer(0.1, 50, 0).trainCrfsuite(all.subList(0, 300), NerResources.features(), model);
    CrfWeights w = CrfWeights.fromCrfsuite(Files.readAllBytes(model));
    assertThat(differences(model, w, tokens(all.subList(300, 420)))).isZero();
  }

  @Test
  void decodedTagsAreBio() {
    assertThat(CrfDecoder.bio(new String[] {"I-PERS", "I-PERS", "O", "B-LOC", "I-ORG", "I-ORG"}))
        .containsExactly("B-PERS", "I-PERS", "O", "B-LOC", "B-ORG", "I-ORG");
  }

  @Test
  void pruningDropsSmallWeightsAndEmptyAttributes() {
    String[] labels = {"O", "B-X"};
    Map<String, float[]> state = new HashMap<>();
    state.put("a", new float[] {0.5f, -0.005f});
    state.put("b", new float[] {0.001f, -0.002f});
    CrfWeights w = new CrfWeights(labels, new float[] {1, 2, 3, 4}, state);
    assertThat(w.weightCount()).isEqualTo(4);
    CrfWeights p = w.pruned(0.01);
    assertThat(p.attributeCount()).isEqualTo(1);
    assertThat(p.state("a")).containsExactly(0.5f, 0f);
    assertThat(p.state("b")).isNull();
    assertThat(p.transition(1, 0)).isEqualTo(3f);
  }

  @Test
  void weightsRoundTripExactly() throws IOException {
    byte[] b = tinyWeights.toBytes();
    CrfWeights back = CrfWeights.read(new ByteArrayInputStream(b));
    assertThat(back.toBytes()).isEqualTo(b);
    assertThat(back.attributeCount()).isEqualTo(tinyWeights.attributeCount());
    assertThat(back.weightCount()).isEqualTo(tinyWeights.weightCount());
  }

  @Test
  void notWeightsIsAnError() throws IOException {
    ByteArrayOutputStream b = new ByteArrayOutputStream();
    new DataOutputStream(b).writeInt(42);
    assertThatThrownBy(() -> CrfWeights.read(new ByteArrayInputStream(b.toByteArray())))
        .isInstanceOf(IOException.class).hasMessageContaining("bad magic");
    assertThatThrownBy(() -> CrfWeights.fromCrfsuite("hello".getBytes(StandardCharsets.UTF_8)))
        .isInstanceOf(IOException.class).hasMessageContaining("not a CRFsuite");
  }
}
