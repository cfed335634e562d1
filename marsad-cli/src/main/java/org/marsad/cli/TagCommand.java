package org.marsad.cli;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Callable;
import org.marsad.ner.Conll;
import org.marsad.ner.NerModel;
import org.marsad.ner.TaggedSentence;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code marsad tag --conll IN}: tags a CoNLL token file with the NER model. */
@Command(name = "tag", mixinStandardHelpOptions = true,
    description = {"Tag named entities in a CoNLL file: reads 'token [TAG]' lines (blank line = sentence break),",
        "writes 'token PREDICTED_TAG' lines with the same tokens and breaks (BIO tags; ANERcorp types",
        "PERS, LOC, ORG, MISC). Input tags are ignored."},
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {"0:tagged", "1:bad input", "2:bad usage"})
public final class TagCommand implements Callable<Integer> {
  @Option(names = "--conll", required = true, paramLabel = "IN", description = "CoNLL input ('-' for stdin)")
  String conll;

  @Option(names = "--model", paramLabel = "M", description = "model bundle (default: the one in the jar)")
  Path model;

  @Option(names = {"-o", "--output"}, paramLabel = "OUT", description = "output file (default: stdout)")
  Path output;

  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() throws IOException {
    PrintWriter err = spec.commandLine().getErr();
    List<TaggedSentence> sentences;
    NerModel m;
    try {
      sentences = NerData.read(conll);
      m = NerData.model(model);
    } catch (NerData.Bad e) {
      err.println("marsad tag: " + e.getMessage());
      return Main.INPUT_ERROR;
    }
    Writer w = output == null
        ? new BufferedWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), 1 << 16)
        : Files.newBufferedWriter(output, StandardCharsets.UTF_8);
    try {
      List<String[]> in = new ArrayList<>(sentences.size());
      for (TaggedSentence s : sentences) {
        in.add(s.tokens().toArray(new String[0]));
      }
      List<String[]> tags = m.tagStream(in);
      for (int k = 0; k < sentences.size(); k++) {
        Conll.write(w, sentences.get(k).tokens(), Arrays.asList(tags.get(k)));
      }
    } finally {
      if (output == null) {
        w.flush();
      } else {
        w.close();
      }
    }
    return Main.OK;
  }
}
