package org.marsad.events;

/**
 * A deployment abroad is aimed at its host (session 15): a MOBILIZE with no recipient whose place near the trigger
 * is in another state than the actor's takes that state as recipient («نشرت إيران قوات من الحرس الثوري في سوريا»
 * IRN>SYR, «تنشر فرنسا قوات في شمال سوريا» FRA>SYR). A deployment at home («نشرت الشرطة قوات كبيرة في دوربان»)
 * keeps no recipient, as before: the gold of a state moving its own forces names no other side.
 */
final class ForeignDeployments {
  private ForeignDeployments() {
  }

  /** True when candidate {@code c} is a deployment abroad that takes its place's state as recipient. */
  static boolean abroad(Cand c) {
    return c.type().equals("MOBILIZE") && c.recipient == null && c.actor != null && c.actor.country() != null
        && c.placeNear && c.place != null && c.place.country() != null && !c.place.country().equals(c.actor.country());
  }
}
