package org.marsad.events;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.Map;
import org.junit.jupiter.api.Test;

class EventScoreTest {
  private static final ObjectMapper M = new ObjectMapper();

  private static JsonNode json(String s) throws Exception {
    return M.readTree(s.replace('\'', '"'));
  }

  @Test
  void countsAndPrintsLikeScorePy() throws Exception {
    JsonNode gold = json("[{'id':'a','events':["
        + "{'type':['ASSAULT'],'actor':['AZE'],'recipient':['ARM','AZE'],'numbers':{'killed':20,'injured':138},"
        + "'location_country':'AZE','factuality':['asserted'],'note':'shelling'},"
        + "{'type':['REQUEST'],'actor':['DEU'],'recipient':['AZE']},"
        + "{'type':['ASSAULT'],'actor':['*'],'recipient':['*'],'optional':true}]}]");
    JsonNode rec = json("{'doc':{'id':'a'},'events':["
        + "{'type':'ASSAULT','actor':{'country':'AZE'},'recipient':{'country':'ARM'},'numbers':{'killed':{'value':20}},"
        + "'location':{'country':'AZE'},'factuality':'asserted','trigger':{'text':'x'}},"
        + "{'type':'ASSAULT','actor':{'country':'AZE'},'recipient':{'country':'ARM'},'numbers':{'injured':{'value':138}}},"
        + "{'type':'ACCUSE','actor':{'country':'USA'},'recipient':null,'trigger':{'text':'أدان'}},"
        + "{'type':'ASSAULT','actor':null,'recipient':null,'trigger':{'text':'y'}}]}");
    StringWriter sw = new StringWriter();
    EventScore s = EventScore.score(gold, Map.of("a", rec), new PrintWriter(sw));
    assertThat(s.truePositives()).isEqualTo(1);
    assertThat(s.falseNegatives()).isEqualTo(1);
    assertThat(s.falsePositives()).as("the optional gold event absorbs the null/null ASSAULT").isEqualTo(1);
    assertThat(s.numbers()).isEqualTo(1.0);
    assertThat(sw.toString()).contains("  missed  a: ['REQUEST'] ['DEU'] -> ['AZE']  ()")
        .contains("  extra   a: ACCUSE USA -> None «أدان»")
        .contains("events: tp 1 fp 1 fn 1")
        .contains("events_f1: 0.500 precision: 0.500 recall: 0.500 numbers: 1.000 location: 1.000 factuality: 1.000");
  }

  @Test
  void missingPredictionsAreAllMissed() throws Exception {
    JsonNode gold = json("[{'id':'b','events':[{'type':['AGREE'],'actor':['RUS',null],'recipient':['SYR']}]}]");
    StringWriter sw = new StringWriter();
    EventScore s = EventScore.score(gold, Map.of(), new PrintWriter(sw));
    assertThat(s.falseNegatives()).isEqualTo(1);
    assertThat(sw.toString()).contains("missed  b: ['AGREE'] ['RUS', None] -> ['SYR']")
        .contains("events_f1: 0.000");
  }

  @Test
  void roundsHalfEvenOnTheBinaryValueLikePython() {
    assertThat(EventScore.f3(2.0 / 3)).isEqualTo("0.667");
    assertThat(EventScore.f3(0.0005)).isEqualTo("0.001"); // 0.0005 is slightly above in binary
    assertThat(EventScore.f3(0.0)).isEqualTo("0.000");
  }
}
