package org.marsad.ner;

import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The weights of a first-order linear-chain CRF (CRFsuite's {@code crf1d}): a state weight per attribute and
 * label, and a transition weight per label pair. Immutable and thread-safe.
 *
 * <p>Rules:
 * <ul>
 *   <li>{@link #fromCrfsuite} reads a CRFsuite 0.12 model file (header {@code lCRF}/{@code FOMC}, version 100;
 *       features of the {@code FEAT} chunk, type 0 = state (attribute, label), 1 = transition (label, label); labels
 *       and attributes from the two CQDB string tables); anything else is an {@link IOException}.</li>
 *   <li>{@link #pruned} drops state weights with {@code |w| < threshold} and attributes left without any
 *       weight; transitions are kept whole.</li>
 *   <li>Weights are kept as floats; {@link #write}/{@link #read} round-trip them exactly, and a stream that is
 *       not this format (magic {@code MCRF}, version 1) is an {@link IOException}.</li>
 *   <li>{@link #sha256} is a digest of the serialised form (the bundle manifest records it).</li>
 * </ul>
 */
final class CrfWeights {
  private static final int MAGIC = 0x4D435246; // "MCRF"
  private static final int VERSION = 1;

  private final String[] labels;
  /** {@code transitions[from * L + to]}. */
  private final float[] transitions;
  /** Dense state weights per attribute (length L). */
  private final Map<String, float[]> state;
  private final int weights;

  CrfWeights(String[] labels, float[] transitions, Map<String, float[]> state) {
    if (transitions.length != labels.length * labels.length) {
      throw new IllegalArgumentException("transitions must be L x L");
    }
    this.labels = labels.clone();
    this.transitions = transitions.clone();
    this.state = state;
    int w = 0;
    for (float[] v : state.values()) {
      for (float x : v) {
        w += x != 0 ? 1 : 0;
      }
    }
    this.weights = w;
  }

  String[] labels() {
    return labels.clone();
  }

  int labelCount() {
    return labels.length;
  }

  float transition(int from, int to) {
    return transitions[from * labels.length + to];
  }

  /** The state weights of {@code attribute} by label (shared: do not modify), or null when it has none. */
  float[] state(String attribute) {
    return state.get(attribute);
  }

  int attributeCount() {
    return state.size();
  }

  /** Non-zero state weights. */
  int weightCount() {
    return weights;
  }

  /** A copy without the state weights smaller than {@code threshold} in absolute value. */
  CrfWeights pruned(double threshold) {
    Map<String, float[]> out = new HashMap<>(state.size() * 2);
    for (Map.Entry<String, float[]> e : state.entrySet()) {
      float[] v = e.getValue().clone();
      boolean any = false;
      for (int k = 0; k < v.length; k++) {
        if (Math.abs(v[k]) < threshold) {
          v[k] = 0;
        }
        any |= v[k] != 0;
      }
      if (any) {
        out.put(e.getKey(), v);
      }
    }
    return new CrfWeights(labels, transitions, out);
  }

  /** Serialises the weights (attributes sorted, so the bytes depend on the weights only). */
  void write(DataOutputStream out) throws IOException {
    int n = labels.length;
    out.writeInt(MAGIC);
    out.writeInt(VERSION);
    out.writeInt(n);
    for (String l : labels) {
      out.writeUTF(l);
    }
    for (float t : transitions) {
      out.writeFloat(t);
    }
    List<String> keys = new ArrayList<>(state.keySet());
    keys.sort(null);
    out.writeInt(keys.size());
    for (String k : keys) {
      float[] v = state.get(k);
      out.writeUTF(k);
      int c = 0;
      for (float x : v) {
        c += x != 0 ? 1 : 0;
      }
      out.writeByte(c);
      for (int j = 0; j < n; j++) {
        if (v[j] != 0) {
          out.writeByte(j);
          out.writeFloat(v[j]);
        }
      }
    }
    out.flush();
  }

  byte[] toBytes() {
    ByteArrayOutputStream b = new ByteArrayOutputStream();
    try {
      write(new DataOutputStream(b));
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
    return b.toByteArray();
  }

  /** SHA-256 of {@link #toBytes}, as {@code sha256:HEX} (first 16 bytes). */
  static String sha256(byte[] bytes) {
    try {
      byte[] h = MessageDigest.getInstance("SHA-256").digest(bytes);
      return "sha256:" + java.util.HexFormat.of().formatHex(h, 0, 16);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Reads weights written by {@link #write}. */
  static CrfWeights read(InputStream in) throws IOException {
    DataInputStream d = new DataInputStream(in);
    if (d.readInt() != MAGIC) {
      throw new IOException("not Marsad CRF weights (bad magic)");
    }
    int version = d.readInt();
    if (version != VERSION) {
      throw new IOException("CRF weights version " + version + ", this Marsad reads " + VERSION);
    }
    int n = d.readInt();
    if (n < 1 || n > 127) {
      throw new IOException("bad CRF weights: " + n + " labels");
    }
    String[] labels = new String[n];
    for (int i = 0; i < n; i++) {
      labels[i] = d.readUTF();
    }
    float[] trans = new float[n * n];
    for (int i = 0; i < trans.length; i++) {
      trans[i] = d.readFloat();
    }
    int a = d.readInt();
    Map<String, float[]> state = new HashMap<>(Math.max(16, a * 4 / 3 + 1));
    // attribute names share few distinct prefixes; reading them is the bulk of the work
    for (int i = 0; i < a; i++) {
      String k = d.readUTF();
      int c = d.readUnsignedByte();
      float[] v = new float[n];
      for (int j = 0; j < c; j++) {
        int l = d.readUnsignedByte();
        if (l >= n) {
          throw new IOException("bad CRF weights: label " + l);
        }
        v[l] = d.readFloat();
      }
      state.put(k, v);
    }
    return new CrfWeights(labels, trans, state);
  }

  /** Reads a CRFsuite 0.12 {@code crf1d} model file's bytes. */
  static CrfWeights fromCrfsuite(byte[] file) throws IOException {
    ByteBuffer b = ByteBuffer.wrap(file).order(ByteOrder.LITTLE_ENDIAN);
    if (file.length < 48 || !new String(file, 0, 4, StandardCharsets.US_ASCII).equals("lCRF")
        || !new String(file, 8, 4, StandardCharsets.US_ASCII).equals("FOMC")) {
      throw new IOException("not a CRFsuite crf1d model");
    }
    int version = b.getInt(12);
    if (version != 100) {
      throw new IOException("CRFsuite model version " + version + ", expected 100");
    }
    int numLabels = b.getInt(20);
    int numAttrs = b.getInt(24);
    int offFeatures = b.getInt(28);
    int offLabels = b.getInt(32);
    int offAttrs = b.getInt(36);
    String[] labels = cqdbStrings(file, offLabels, numLabels);
    String[] attrs = cqdbStrings(file, offAttrs, numAttrs);
    if (!new String(file, offFeatures, 4, StandardCharsets.US_ASCII).equals("FEAT")) {
      throw new IOException("CRFsuite model: no FEAT chunk");
    }
    // the file header's feature count is left 0 by CRFsuite 0.12; the FEAT chunk's count is the real one
    int numFeatures = b.getInt(offFeatures + 8);
    if (numFeatures < 0 || offFeatures + 12 + 20L * numFeatures > file.length) {
      throw new IOException("CRFsuite model: bad feature count " + numFeatures);
    }
    float[] trans = new float[numLabels * numLabels];
    Map<String, float[]> state = new HashMap<>(numAttrs * 2);
    int p = offFeatures + 12;
    for (int f = 0; f < numFeatures; f++, p += 20) {
      int type = b.getInt(p);
      int src = b.getInt(p + 4);
      int dst = b.getInt(p + 8);
      double w = b.getDouble(p + 12);
      if (dst < 0 || dst >= numLabels) {
        throw new IOException("CRFsuite model: bad label " + dst);
      }
      if (type == 0) {
        if (src < 0 || src >= numAttrs) {
          throw new IOException("CRFsuite model: bad attribute " + src);
        }
        state.computeIfAbsent(attrs[src], k -> new float[numLabels])[dst] = (float) w;
      } else if (type == 1) {
        if (src < 0 || src >= numLabels) {
          throw new IOException("CRFsuite model: bad label " + src);
        }
        trans[src * numLabels + dst] = (float) w;
      } else {
        throw new IOException("CRFsuite model: feature type " + type);
      }
    }
    state.values().removeIf(v -> {
      for (float x : v) {
        if (x != 0) {
          return false;
        }
      }
      return true;
    });
    return new CrfWeights(labels, trans, state);
  }

  /**
   * The strings of a CQDB chunk by id: its records (id, size, bytes with a NUL) follow the 24-byte header and
   * the 256 table references.
   */
  private static String[] cqdbStrings(byte[] file, int off, int count) throws IOException {
    ByteBuffer b = ByteBuffer.wrap(file).order(ByteOrder.LITTLE_ENDIAN);
    if (!new String(file, off, 4, StandardCharsets.US_ASCII).equals("CQDB")) {
      throw new IOException("CRFsuite model: no CQDB chunk at " + off);
    }
    String[] out = new String[count];
    int p = off + 24 + 256 * 8;
    for (int k = 0; k < count; k++) {
      int id = b.getInt(p);
      int size = b.getInt(p + 4);
      if (id < 0 || id >= count || size < 1) {
        throw new IOException("CRFsuite model: bad CQDB record at " + p);
      }
      out[id] = new String(file, p + 8, size - 1, StandardCharsets.UTF_8);
      p += 8 + size;
    }
    for (int k = 0; k < count; k++) {
      if (out[k] == null) {
        throw new IOException("CRFsuite model: CQDB has no string " + k);
      }
    }
    return out;
  }

  @Override
  public String toString() {
    return "CrfWeights" + Arrays.toString(labels) + " " + state.size() + " attributes, " + weights + " weights";
  }
}
